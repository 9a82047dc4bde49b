"""A lede's list of "a NOUN"s named later in the report (``nlp/claims/lede_acts.py``): a list
an arrest participle closes, read by ``LedeParts`` ("paraded a guard, a driver and a clerk
arrested over ..."), and custody by its noun with an "of" phrase, read by ``LedeIndefinite``
("granted police four days' physical remand of a clerk and a mechanic"); and where the
lede's noun stands for no one named later. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.lede_acts import closes_a_list, list_head, list_members
from tests.nlp.test_claims import accused_of


def test_an_arrest_participle_closing_a_list_is_said_of_every_member(nlp: Language) -> None:
    text = (
        "Police on Tuesday paraded a warehouse guard, a lorry driver and a "
        "depot clerk arrested over the theft of 300 sacks of sugar from the port.\n\n"
        "The lorry driver, Emil Dragan, said he had only followed orders. The warehouse "
        "guard, Petru Lazar, shook his head. The depot clerk, Ana Moraru, said nothing."
    )
    assert accused_of("arrest", nlp, text) == {"Emil Dragan", "Petru Lazar", "Ana Moraru"}


def test_the_remand_of_a_list_is_every_members(nlp: Language) -> None:
    text = (
        "A judicial magistrate on Monday granted police four days' physical remand of a "
        "revenue clerk and a printing mechanic accused of forging land records.\n\n"
        "The clerk, Naveed Akhtar, and the mechanic, Sajid Mehmood, were arrested on "
        "Saturday from a shop near the bus stand."
    )
    assert accused_of("ruling", nlp, text, "remanded") == {"Naveed Akhtar", "Sajid Mehmood"}


@pytest.mark.xfail(
    strict=True,
    reason="LedeParts names a part by its noun alone: 'The bus driver, X' is taken for the "
    "lede's 'a tanker driver' (as main's readers took it before); the kind word is not "
    "compared",
)
def test_a_later_naming_of_another_kind_is_not_the_ledes_one(nlp: Language) -> None:
    text = (
        "Police on Tuesday paraded a tanker driver and a depot clerk arrested over the theft "
        "of 9,000 litres of fuel.\n\n"
        "The bus driver, Tomas Riedel, said he had seen the tanker leave at night. The depot "
        "clerk, Ana Moraru, said nothing."
    )
    assert accused_of("arrest", nlp, text) == {"Ana Moraru"}


def test_a_list_of_indefinite_descriptions_the_parser_hung_as_apposition(
    nlp: Language,
) -> None:
    doc = nlp(
        "Police presented a petrol station manager, a tanker driver, a depot owner and a "
        "pump attendant arrested over the diversion."
    )
    attendant = next(t for t in doc if t.text == "attendant")
    head = closes_a_list(attendant)
    assert head is not None and head.text == "manager"
    assert [m.text for m in list_members(list_head(attendant))] == [
        "manager",
        "driver",
        "owner",
        "attendant",
    ]


def test_a_remand_police_only_sought_is_no_ruling(nlp: Language) -> None:
    text = (
        "Police on Monday sought four days' physical remand of a revenue clerk accused of "
        "forging land records.\n\n"
        "The clerk, Naveed Akhtar, was arrested on Saturday from a shop near the bus stand."
    )
    assert accused_of("ruling", nlp, text, "remanded") == set()


def test_a_definite_member_is_no_list_of_descriptions(nlp: Language) -> None:
    doc = nlp("Police presented the farm owner and a guard arrested over the theft.")
    guard = next(t for t in doc if t.text == "guard")
    assert closes_a_list(guard) is None


_COUNSEL = (
    "A court on Tuesday confirmed the pre-trial detention of a bakery manager and a delivery "
    "driver accused of selling flour from the relief stores.\n\n"
    "Judge Marie Uwase ordered that both remain in prison. Counsel for the manager, Maître "
    "Paul Ntare, argued that his client had reported the missing sacks himself."
)


def test_counsel_for_the_ledes_part_is_not_the_part(nlp: Language) -> None:
    # near miss: the name after "Counsel for the manager," is the counsel's
    assert not any("Ntare" in name for name in accused_of("accusation", nlp, _COUNSEL))
