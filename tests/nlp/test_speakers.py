"""Whom a pronoun stands for (``nlp.speakers``): past a description of someone else, no one
(invented sentences)."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.speakers import SpeakerResolver


def _he(nlp: Language, text: str) -> str | None:
    doc = nlp(text)
    he = next(t for t in doc if t.lower_ == "he")
    return SpeakerResolver(doc).resolve([he])


def test_a_subject_pronoun_after_a_description_names_no_one(nlp: Language) -> None:
    """ "X said the gunman shouted before he killed": he is the gunman, not X; "X said the
    governor's refusal ... is a weakness and he should resign": he is the governor."""
    assert _he(nlp, "Mr. Orwell Pike said the gunman shouted at the guards before he killed"
                    " two of them.") == "he"  # fmt: skip
    assert _he(nlp, "Orwell Pike said the governor's refusal to call the attack terrorism is"
                    " a weakness and he should resign.") == "he"  # fmt: skip


def test_a_pronoun_still_stands_for_the_name_before_it(nlp: Language) -> None:
    """No description between ("X said he"), one owned by the name ("X's lawyer said he":
    the client), and a description that is its sentence's main subject ("X spoke. The
    senator said he ...", most often the name before) leave the pronoun as it was."""
    assert _he(nlp, "Mr. Orwell Pike said he had killed no one.") == "Orwell Pike"
    assert _he(nlp, "Mr. Orwell Pike's lawyer said he had killed no one.") == "Orwell Pike"
    assert _he(nlp, "Mr. Orwell Pike spoke on Sunday. The senator said he had not ordered the"
                    " killing.") == "Orwell Pike"  # fmt: skip
