"""Probes: "fire" tells a shooting where its words say a gun was fired - its doer accused,
including one named only inside another's statement ("X told police that Y fired the shots");
never a dismissal ("the firm fired him"). Invented sentences, Pakistani, Indian and wire styles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims import find_claims
from corroborate.nlp.claims.shots_fired import tells_shots_fired
from corroborate.nlp.mentions import find_mentions


def _accused(nlp: Language, text: str) -> set[str]:
    """Everyone a crime claim of ``text`` accuses."""
    doc = nlp(text)
    claims = find_claims(doc, find_mentions(doc))[0]
    return {
        p.name for c in claims if c.kind == "crime" for p in c.participants if p.role == "accused"
    }


# (text, the people a crime claim must accuse)
_GOLDEN = [
    (  # Pakistani: a Section 164 statement names the one who fired, by a passive agent
        "Police arrested Muhammad Iqbal in March. In a statement recorded under Section 164, "
        "Iqbal said that he had shown the way to the shop and that the shots were fired by "
        "Shahbaz Ahmad alias Shabbo.",
        {"Shahbaz Ahmad"},
    ),
    (  # Pakistani: told police, active, with a target
        "Police arrested Muhammad Iqbal in March. Iqbal told police that Shahbaz Ahmad fired "
        "at the shopkeeper.",
        {"Shahbaz Ahmad"},
    ),
    (  # Indian: the shots as object, inside a statement before the magistrate
        "Sahil Rana was arrested on Monday. He told the magistrate that Rakesh "
        "Yadav fired three shots at the trader from the motorcycle.",
        {"Rakesh Yadav"},
    ),
    (  # wire: the doer and the one on whose orders he fired
        "Police arrested Daniel Otieno on Friday. Otieno told investigators that he fired on "
        "the orders of the farm manager, Peter Kamau.",
        {"Daniel Otieno", "Peter Kamau"},
    ),
    (  # aerial firing at a wedding, no target
        "Sher Khan fired in the air at the wedding, police said.",
        {"Sher Khan"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), _GOLDEN)
def test_the_one_who_fired_is_accused(nlp: Language, text: str, expected: set[str]) -> None:
    assert expected <= _accused(nlp, text)


# a dismissal: no gun fired, so no crime at all (neither the firm nor the one fired)
_DISMISSALS = [
    "The company fired Shahbaz Ahmad on Monday after the audit.",
    "Shahbaz Ahmad was fired on Monday after the audit.",
    "The board fired the chief executive, Shahbaz Ahmad, after the audit.",
]


@pytest.mark.parametrize("text", _DISMISSALS)
def test_a_dismissal_is_no_shooting(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert not [c for c in find_claims(doc, find_mentions(doc))[0] if c.kind == "crime"]


# (text, people no crime claim may accuse)
_NEAR_MISSES = [
    # the one shot at, inside the statement, is the victim
    (
        "Police arrested Muhammad Iqbal in March. Iqbal told police that Shahbaz Ahmad fired "
        "at the shopkeeper, Tariq Mehmood.",
        {"Tariq Mehmood"},
    ),
    # the complainant who tells it is a witness
    (
        "Police arrested Muhammad Iqbal. The complainant, Tariq Mehmood, said Iqbal fired at "
        "his son.",
        {"Tariq Mehmood"},
    ),
    # the one who heard it: a witness
    (
        "Police arrested Muhammad Iqbal. A neighbour, Tariq Mehmood, told police he heard "
        "Iqbal fire two shots.",
        {"Tariq Mehmood"},
    ),
]


@pytest.mark.parametrize(("text", "kept_out"), _NEAR_MISSES)
def test_no_one_else_is_accused(nlp: Language, text: str, kept_out: set[str]) -> None:
    assert not kept_out & _accused(nlp, text)


def test_fire_with_a_person_for_object_is_no_shooting(nlp: Language) -> None:
    doc = nlp("The factory fired two workers and the guard fired a shot.")
    fired = [t for t in doc if t.lower_ == "fired"]
    assert [tells_shots_fired(t, legal()) for t in fired] == [False, True]


def test_the_crime_verb_list_is_not_where_fire_is_read() -> None:
    # "fire" is read only by its words (``shots_fired``), never as a crime verb everywhere
    assert "fire" not in legal().crime_verbs
    assert "fire" in legal().shooting_verbs
