"""Claim words in an everyday sense (``nlp.claims.everyday``): a planner of no crime and a
confession of a feeling accuse no one; the crimes beside them still do. Sentences and names
are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.everyday import confesses_no_crime, names_crime, plans_no_crime
from tests.nlp.test_claims import claims_of, roles


def _token(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    "text",
    [
        "His digital mastermind, Teddy Varga, runs the effort from Denver.",
        "Mara Quill, the mastermind of the campaign, spoke to donors on Monday.",
        "Oren Tabb, the mastermind behind the strategy, left the firm in May.",
    ],
)
def test_a_planner_of_no_crime_is_no_accused(nlp: Language, text: str) -> None:
    assert plans_no_crime(_token(nlp, text, "mastermind"), legal())
    assert all(role != {"accused"} for role in roles(claims_of(nlp, text)).values())


@pytest.mark.parametrize(
    "text",
    [
        "Oren Tabb, the mastermind of the attack, was arrested on Monday.",
        "Oren Tabb, the mastermind of the bombing, was arrested on Monday.",
        "Oren Tabb, the mastermind of the killings, was arrested on Monday.",
        "Oren Tabb, the mastermind behind the kidnapping, was arrested on Monday.",
    ],
)
def test_the_mastermind_of_a_crime_stays_accused(nlp: Language, text: str) -> None:
    assert not plans_no_crime(_token(nlp, text, "mastermind"), legal())
    start = text.index("mastermind")
    assert any(
        c.kind == "accusation" and c.cue == (start, start + len("mastermind"))
        and [p.name for p in c.participants if p.role == "accused"] == ["Oren Tabb"]
        for c in claims_of(nlp, text)
    )  # fmt: skip


def test_an_accused_noun_that_names_no_planner_is_never_asked(nlp: Language) -> None:
    text = "The suspect, Oren Tabb, helms the effort from Denver."
    assert not plans_no_crime(_token(nlp, text, "suspect"), legal())


@pytest.mark.parametrize(
    "text",
    [
        "Both Mara Quill and Oren Tabb confess to being nervous about the new job.",
        "Mara Quill confessed to feeling tired after the long trip.",
        "In the interview Mara Quill confesses to a fear of heights.",
        "Oren Tabb confessed to loving the old show.",
    ],
)
def test_a_confession_of_a_feeling_is_no_confession(nlp: Language, text: str) -> None:
    verb = next(w for w in text.split() if w.startswith("confess"))
    assert confesses_no_crime(_token(nlp, text, verb), legal())
    assert [c for c in claims_of(nlp, text) if c.kind == "confession"] == []


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Tomas Arlen confessed to killing the guard at the depot.", "killing"),
        ("Prosecutors said Tomas Arlen confessed to the murder of the guard.", "killing"),
        ("Tomas Arlen confessed to being nervous before he killed the guard.", "killing"),
        ("Tomas Arlen confessed to being involved in the attack.", None),
        ("Tomas Arlen confessed before the magistrate on Monday.", None),
    ],
)
def test_a_confession_of_a_crime_stays(nlp: Language, text: str, act: str | None) -> None:
    verb = next(w for w in text.split() if w.startswith("confess"))
    assert not confesses_no_crime(_token(nlp, text, verb), legal())
    confessions = [c for c in claims_of(nlp, text) if c.kind == "confession"]
    assert [p.name for c in confessions for p in c.participants] == ["Tomas Arlen"]
    assert confessions[0].act == act


def test_names_crime_reads_acts_crime_nouns_and_crime_verbs_in_any_form(nlp: Language) -> None:
    lex = legal()
    for phrase in ("the bombing", "the attack", "the killings", "the weapons", "the case"):
        assert names_crime(nlp(phrase), lex), phrase
    for phrase in ("the campaign", "a fear of heights", "the new strategy"):
        assert not names_crime(nlp(phrase), lex), phrase
