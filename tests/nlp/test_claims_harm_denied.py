"""Harm to a person denied (``claims.harm_denied``): a negated verb of bodily harm with a
person for object ("his client never hit the boy", "I never hurt her"), or a hand laid or
raised on one ("he never laid a hand on him"), said by the accused's side of one the report
accuses already. Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = (
    "NAIROBI: Two security guards, Peter Wafula Simiyu and Kennedy Otieno, were on Monday "
    "charged with the murder of a hawker, Brian Mutua, who died after a beating at a car park. "
)


def test_never_laid_a_hand_on_the_named_victim(nlp: Language) -> None:
    text = _CHARGED + "Simiyu told the court he never laid a hand on Mutua."
    assert accused_of("denial", nlp, text) == {"Peter Wafula Simiyu"}


def test_a_lawyer_says_his_client_never_hit_the_boy(nlp: Language) -> None:
    text = _CHARGED + "Otieno's lawyer said his client had never hit the boy."
    assert accused_of("denial", nlp, text) == {"Kennedy Otieno"}


def test_did_not_raise_a_finger_against_him(nlp: Language) -> None:
    text = _CHARGED + 'Simiyu\'s sister said: "Peter did not raise a finger against him."'
    assert accused_of("denial", nlp, text) == {"Peter Wafula Simiyu"}


def test_a_thing_not_hit_denies_nothing(nlp: Language) -> None:
    # guard: harm is done to a person, not to a car
    text = _CHARGED + "Otieno's lawyer said his client had never hit the car."
    assert accused_of("denial", nlp, text) == set()


def test_harm_denied_by_a_witness_of_another_denies_nothing(nlp: Language) -> None:
    # guard: a neutral witness saying someone not accused hit no one clears no accused
    text = _CHARGED + "A parking attendant, Ruth Njeri, said she never hit the hawker."
    assert accused_of("denial", nlp, text) == set()
