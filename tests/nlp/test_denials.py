"""Whose denial a reported denial is, and whether it denies anything (``nlp/denials.py``,
issue 13, branch acc11): a verb of denying whose object is a thing turned down, a plain report
of what another party's thing does, and a belief inside a statement. Invented sentences and
names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.extract import extract_text
from corroborate.nlp.kinds import classify
from corroborate.records import Attribution


def _said(text: str, nlp: Language, cue: str) -> Attribution:
    """The one attribution of ``text`` whose cue is ``cue``."""
    found = [a for a in extract_text(text, nlp) if cue in {text[s:e] for s, e in a.cue}]
    assert len(found) == 1, [(a.kind, [text[s:e] for s, e in a.cue]) for a in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Farah Qureshi dismissed questions she did not like.", "dismissed"),
        (
            "Farah Qureshi spoke for an hour, criticizing her rivals and dismissing questions she"
            " did not like.",
            "dismissing",
        ),
        ("The tribunal rejected the appeal filed by Farah Qureshi.", "rejected"),
        ("The council denied her party the victory.", "denied"),
        # the accused's side's answer, turned down by the prosecution
        (
            "The prosecutor rejected the defence's argument that the confession was coerced.",
            "rejected",
        ),
    ],
)
def test_a_verb_of_denying_that_turns_a_thing_down_denies_nothing(
    nlp: Language, text: str, cue: str
) -> None:
    said = _said(text, nlp, cue)
    assert said.kind == "statement" and said.target is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Farah Qureshi dismissed the allegations.", "dismissed"),
        ("Farah Qureshi rejected the JIT report as propaganda.", "rejected"),
        ("Farah Qureshi disputed both critiques.", "disputed"),
        ("Farah Qureshi rejected those claims.", "rejected"),
        ("Farah Qureshi denied any links to terrorist groups.", "denied"),
        ("Farah Qureshi dismissed critics who called her remarks sexist.", "dismissed"),
        ("Farah Qureshi dismissed the whole affair as absurd.", "dismissed"),
        ("Farah Qureshi rejected the idea that she had bribed the officials.", "rejected"),
        ("Farah Qureshi denied that she had met the gunmen.", "denied"),
    ],
)
def test_a_verb_of_denying_that_answers_an_accusation_is_a_denial(
    nlp: Language, text: str, cue: str
) -> None:
    said = _said(text, nlp, cue)
    assert said.kind == "denial" and said.target == "Farah Qureshi"


def test_a_report_of_what_anothers_thing_does_denies_nothing_of_the_speakers(
    nlp: Language,
) -> None:
    # A negation and a crime word: read as the speaker's denial before, so that the speaker
    # answered (and became the accused of) the bombing he blames on another.
    text = (
        "Kamal Ahmed said Farah Qureshi's actions were not limited to the bombing in which"
        " six people were killed."
    )
    said = _said(text, nlp, "said")
    assert said.kind == "statement" and said.target is None


@pytest.mark.parametrize(
    "text",
    [
        # the doer is the speaker
        "Kamal Ahmed said his actions were not linked to the bombing in which six people died.",
        # the thing is the accusation the dismissal denies
        "Kamal Ahmed said Farah Qureshi's tweets accusing him of murder were lies.",
        # no owner: nothing says the doer is another
        "Kamal Ahmed said the allegations of murder against him were baseless.",
        # a lawyer speaking for his client: a person, no thing another owns
        "Kamal Ahmed's lawyer said that his client was never involved in the killings.",
        # what another said is what the dismissal denies
        "Kamal Ahmed said that Farah Qureshi's description of the shooting was false.",
    ],
)
def test_a_denial_of_the_speakers_own_doing_or_of_an_accusation_stays(
    nlp: Language, text: str
) -> None:
    said = _said(text, nlp, "said")
    assert said.kind == "denial"


def test_a_belief_inside_a_statement_is_about_its_clause(nlp: Language) -> None:
    # The believer was the content's subject: the speaker confessed to training terrorists.
    text = (
        "Kamal Ahmed told reporters that he believes the provincial government is training"
        " terrorists."
    )
    said = _said(text, nlp, "told")
    assert said.target == "the provincial government" and said.kind == "allegation"


def test_the_words_decide_as_before_without_the_parses_readings() -> None:
    """Without the parse's readings the words decide as before: a plain report with a
    negation and a crime word is a denial, a verb of denying a denial."""
    content = "X's actions were not limited to the bombing"
    assert classify("say", False, content, "Y", False) == "denial"
    assert classify("say", False, content, "Y", False, others_doing=True) == "statement"
    assert classify("dismiss", False, "questions", "Y", False) == "denial"
    assert classify("dismiss", False, "questions", "Y", False, turned_down=True) == "statement"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a crime the speaker suffered, not one they are accused of
        ("Kamal Ahmed said he was not beaten by the guards.", "statement"),
        # an arrest another party did not make
        ("Kamal Ahmed said the police had not arrested anyone for the murder.", "statement"),
        # the speaker's own crime, negated: a denial
        ("Kamal Ahmed said he did not kill the guard.", "denial"),
        ("Kamal Ahmed said he was not involved in the murder.", "denial"),
    ],
)
def test_only_a_negation_of_the_speakers_own_wrongdoing_denies(
    nlp: Language, text: str, kind: str
) -> None:
    assert _said(text, nlp, "said").kind == kind


@pytest.mark.parametrize(
    ("text", "cue", "kind"),
    [
        ("Kamal Ahmed never denied the charges.", "never denied", "statement"),
        ("Kamal Ahmed refused to confess to the murder.", "confess to", "statement"),
        ("Kamal Ahmed could confess to the murder next week.", "confess to", "statement"),
        ("Kamal Ahmed was forced to confess to the murder.", "confess to", "confession"),
    ],
)
def test_a_denial_or_confession_not_made_is_none(
    nlp: Language, text: str, cue: str, kind: str
) -> None:
    """A negated verb of denying denies nothing; a confession refused, asked for or only
    possible confesses nothing (``attribution_labels._unrealised``); one forced out was made."""
    assert _said(text, nlp, cue).kind == kind
