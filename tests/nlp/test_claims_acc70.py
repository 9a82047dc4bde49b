"""The reading acc70 added: a phrasal verb of taking ("picked up", "rounded up") joined to an
earlier verb takes that verb's subject, so "police raided a house and picked up X" is the law
taking X (``Doers._taken_by_the_law`` through ``grammar.subjects_through_conjuncts``). Invented
sentences and names, after a lede naming another accused; near misses where the shared
subject is no custodian (a father, a driver, a lawyer) or the one taken is no person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.grammar import subjects_through_conjuncts
from tests.nlp.test_claims import accused_of

LEDE = "Police arrested cashier Ivo Brant over the theft of fuel from a depot.\n\n"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Police raided a house in Dolna and picked up Tomas Orla.", {"Tomas Orla"}),
        # the object described after a comma, with a relative clause of its own
        ("Police raided a house in Dolna and picked up Tomas Orla, a mason whom the driver "
         "had named.", {"Tomas Orla"}),
        # a chain of three verbs: the subject of the first
        ("Detectives searched the flat, seized two phones and picked up Pavel Dusek.",
         {"Pavel Dusek"}),
        # the other phrasal verb of taking, a pair
        ("Police cordoned off the market and rounded up Tomas Orla and Pavel Dusek.",
         {"Tomas Orla", "Pavel Dusek"}),
    ],
)  # fmt: skip
def test_a_joined_phrasal_verb_of_taking_shares_the_custodian_subject(
    nlp: Language, text: str, names: set[str]
) -> None:
    assert names <= accused_of("arrest", nlp, LEDE + text)


@pytest.mark.parametrize(
    "text",
    [
        # a relative, a driver, a lawyer: the shared subject is no custodian
        "His father drove to the school and picked up Tomas Orla.",
        "The driver stopped at the corner and picked up Tomas Orla.",
        "The lawyer went to the station and picked up Tomas Orla.",
        # the custodian is the subject of the saying verb, not of the joined verbs
        "Police said the taxi driver waited outside and picked up Tomas Orla.",
    ],
)
def test_a_joined_phrasal_verb_with_no_custodian_subject_takes_no_one(
    nlp: Language, text: str
) -> None:
    assert "Tomas Orla" not in accused_of("arrest", nlp, LEDE + text)


def test_conjunct_subjects_walks_to_the_first_verb_with_a_subject(nlp: Language) -> None:
    doc = nlp("Police searched the flat, seized two phones and picked up a man.")
    picked = next(t for t in doc if t.lower_ == "picked")
    assert [t.lower_ for t in subjects_through_conjuncts(picked, {"nsubj"})] == ["police"]
    # a verb with its own subject keeps it
    doc = nlp("Police searched the flat, and his neighbour then picked up the keys.")
    picked = next(t for t in doc if t.lower_ == "picked")
    assert [t.lower_ for t in subjects_through_conjuncts(picked, {"nsubj"})] == ["neighbour"]
