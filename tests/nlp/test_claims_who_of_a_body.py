"""A relative "who" the parser hangs on the body or place in a person's "of" phrase stands
for the person (``PhraseNames._person_above_place``), and a police rank before a name is a
title of a person (lexicon ``titles``); invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of


def arrested(nlp: Language, text: str) -> set[str]:
    return accused_of("arrest", nlp, text)


def test_who_hung_on_a_force_is_the_member_of_it(nlp: Language) -> None:
    found = arrested(
        nlp,
        "A trader was shot dead in Sialkot on Friday. The pistol was traced to Tariq Mehmood "
        "of the Punjab Police, who was picked up from the police lines on Saturday.",
    )
    assert found == {"Tariq Mehmood"}


def test_a_constable_named_by_rank_is_a_person_who_can_be_held(nlp: Language) -> None:
    found = arrested(
        nlp,
        "A trader was shot dead in Sialkot on Friday. The pistol was traced to Constable Tariq "
        "Mehmood, who was picked up from the police lines on Saturday.",
    )
    assert found == {"Tariq Mehmood"}


def test_who_after_a_kinsman_of_a_person_noun_is_left_to_the_parse(nlp: Language) -> None:
    # "of the landlord": a noun of people, who may well be the one "who" stands for
    found = arrested(
        nlp,
        "A tenant was beaten in Okara. Police arrested Yasir Nadeem, son of the landlord, who "
        "had fled the village.",
    )
    assert "Yasir Nadeem" in found
