"""Whom a pronoun stands for (``nlp.speakers``): past a description of someone else, no one
(invented sentences)."""

from __future__ import annotations

import pytest
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
    """No description between ("X said he"), one owned by the name that cannot be "he" ("X's
    lawyers said he", "X's wife said he"), and a description that is its sentence's main
    subject ("X spoke. The senator said he ...", most often the name before) leave the
    pronoun as it was."""
    assert _he(nlp, "Mr. Orwell Pike said he had killed no one.") == "Orwell Pike"
    assert _he(nlp, "Victor Hale's lawyers said he had killed no one.") == "Victor Hale"
    assert _he(nlp, "Victor Hale's wife said he had killed no one.") == "Victor Hale"
    assert _he(nlp, "Mr. Orwell Pike spoke on Sunday. The senator said he had not ordered the"
                    " killing.") == "Orwell Pike"  # fmt: skip


def test_a_pronoun_the_grammar_leaves_two_candidates_names_no_one(nlp: Language) -> None:
    """The owner of a noun for another person ("X's lawyer", "the lawyer for X", "an aide to
    X": he may be either), a subject and its verb's object ("X met Y, and police say he"),
    co-ordinated subjects ("X and Y met. He ..."): no name, which is better than a wrong
    one."""
    for text in (
        "Mr. Victor Hale's lawyer said he had killed no one.",
        "The lawyer for Victor Hale said he had been charged with fraud.",
        "An aide to Victor Hale said he had been charged with fraud.",
        "Victor Hale met Basil Roe in May, and police say he later robbed the depot.",
        "Victor Hale and Basil Roe met in May. Police say he later robbed the depot.",
        "The lawyer for Victor Hale spoke on Monday. He said the charges were false.",
    ):
        assert (_he(nlp, text) or "").lower() == "he", text


def test_a_pronoun_never_stands_for_a_person_of_the_other_sex(nlp: Language) -> None:
    """A title or an apposed noun tells a sex ("Mrs X", "X, his sister"), here or where the
    report named the person before; so does a first name the name library gives one sex."""
    assert _he(nlp, "Mrs Ruth Kemp thanked Victor Hale. Police said he had robbed the depot.") == (
        "Victor Hale"
    )
    assert _he(nlp, "Victor Hale met Mrs Ruth Kemp. Kemp said he had robbed the depot.") == (
        "Victor Hale"
    )
    # a first name tells a sex where the name library gives it one ("Ruth", "Victor") ...
    assert _he(nlp, "Ruth Kemp thanked Victor Hale. Police said he had robbed the depot.") == (
        "Victor Hale"
    )
    # ... and none where it is given to both ("Jordan", "Robin"): the subject holds the focus
    assert _he(nlp, "Jordan Kemp thanked Robin Hale. Police said he had robbed the depot.") == (
        "Jordan Kemp"
    )


@pytest.mark.xfail(
    strict=True,
    reason="read by a rule taken out at the merge (told_before): it cost the blind long-form "
    "dev4 set an accused, confessions and a denial (docs/claims.md, the lead's merge notes)",
)
def test_a_speaker_pronoun_is_no_one_named_in_what_it_tells(nlp: Language) -> None:
    """ "..., he added": the people named in the clause he reports, fronted, are not he; he
    is the speaker followed before."""
    text = (
        "Inspector Rana Tufail said the gang had been paid by a trader. An inquiry showed that "
        "the men were working for Imran Gorsi and Babar Lodhi, he added."
    )
    assert _he(nlp, text) == "Rana Tufail"


def _last_he(nlp: Language, text: str) -> str | None:
    doc = nlp(text)
    he = [t for t in doc if t.lower_ == "he"][-1]
    return SpeakerResolver(doc).resolve([he])


def test_a_quoted_he_is_not_the_one_who_speaks_the_quote(nlp: Language) -> None:
    """A quote after "He said ...": its speaker would say "I", so its "he" is someone he
    speaks of - never him (an officer read as the killer he describes)."""
    text = (
        "Inspector Rana Tufail briefed reporters on Monday. He said the suspect Imran Gorsi "
        "had confessed to a robbery in the market. \u201cHe also shot a guard at the depot.\u201d"
    )
    assert _last_he(nlp, text) != "Rana Tufail"


def test_a_he_outside_the_quote_still_follows_the_speaker(nlp: Language) -> None:
    text = (
        "Inspector Rana Tufail briefed reporters on Monday. He said the suspect Imran Gorsi "
        "had confessed to a robbery. He also said the raid had been planned for weeks."
    )
    assert _last_he(nlp, text) == "Rana Tufail"


def test_a_quoted_he_may_be_the_one_the_speaker_is_kin_to(nlp: Language) -> None:
    """The quote's speaker is not its "he", but someone named in the speaker's description
    may be ("X's mother said ... 'He never ...'")."""
    text = (
        "Outside the court, Tariq Mehmood's mother, Nasreen Bibi, said her son drove a "
        "rickshaw. \u201cHe has never even met that boy,\u201d she said."
    )
    assert _last_he(nlp, text) == "Tariq Mehmood"
