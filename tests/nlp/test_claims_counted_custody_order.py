"""A counted group a custody order holds, named only later: "The public prosecution ordered
two men held for 30 days ... The two, X and Y, ...", "the Provincial Prosecutor's Office
ordered provisional detention for three men ... The men, X, Y and Z, ...". The parser hangs
the order's participle on its counted object ("two men held": ``Custody._held_by_order``), or
the group stands in the order's "for" phrase (``CourtDetention._detention_for``, a
prosecution's order as its "ordered his detention" is); either way the ruling names no one
yet, and a later list of the group names its people (``Draft.unnamed_plural``). Invented
sentences; the guards keep witnesses, relatives, a co-accused bailed, the officer who speaks,
a refused request, police orders and things held off the remand."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, roles

_THE_TWO = "The two, Marek Horvat, 27, and Daniel Kovac, 33, were arrested on Thursday."
_THE_THREE = "The men, Marek Horvat, Daniel Kovac and Tomas Novak, were arrested on Friday."


def _remanded(nlp: Language, text: str) -> set[str]:
    return accused_of("ruling", nlp, text, "remanded")


@pytest.mark.parametrize(
    "text",
    [
        "The public prosecution on Monday ordered two men held for 30 days pending "
        "investigation into the killing of a cashier. " + _THE_TWO,
        "Prosecutors in Tarsa ordered two men held for four days over the robbery of a "
        "jeweller. " + _THE_TWO,
        "A court on Monday ordered two men held in custody for stealing cattle from a state "
        "farm. " + _THE_TWO,
    ],
)
def test_a_counted_group_ordered_held_is_named_by_the_list_after(nlp: Language, text: str) -> None:
    assert _remanded(nlp, text) == {"Marek Horvat", "Daniel Kovac"}


@pytest.mark.parametrize(
    "text",
    [
        "The Provincial Prosecutor's Office has ordered provisional detention for three men "
        "accused of stealing cattle from a state farm, officials said on Monday. " + _THE_THREE,
        "A judge on Thursday ordered pre-trial detention for three men accused of stealing "
        "cattle from a state farm. " + _THE_THREE,
        "A court on Monday ordered three men held in custody for stealing cattle from a state "
        "farm. Police identified them as Marek Horvat, Daniel Kovac and Tomas Novak.",
    ],
)
def test_detention_ordered_for_a_counted_group_is_named_by_the_list_after(
    nlp: Language, text: str
) -> None:
    assert _remanded(nlp, text) == {"Marek Horvat", "Daniel Kovac", "Tomas Novak"}


def test_the_relatives_who_speak_after_the_order_are_not_held(nlp: Language) -> None:
    text = (
        "The public prosecution on Monday ordered two men held for 30 days over the killing "
        "of a guard. The guard's brothers, Imran Saleem and Kashif Saleem, said they had seen "
        "the attack from the shop."
    )
    found = roles(claims_of(nlp, text))
    for brother in ("Imran Saleem", "Kashif Saleem"):
        assert "accused" not in found.get(brother, set())


def test_a_co_accused_bailed_keeps_his_own_outcome(nlp: Language) -> None:
    text = (
        "The public prosecution on Monday ordered two men held for 30 days and released a "
        "third suspect, Tomas Novak, on bail. " + _THE_TWO
    )
    assert _remanded(nlp, text) == {"Marek Horvat", "Daniel Kovac"}
    assert accused_of("ruling", nlp, text, "bail") == {"Tomas Novak"}


def test_the_officer_who_tells_the_order_is_not_held(nlp: Language) -> None:
    text = (
        "Investigating officer Inspector Jan Berg said the public prosecution had ordered "
        "two men held for 30 days. " + _THE_TWO
    )
    assert _remanded(nlp, text) == {"Marek Horvat", "Daniel Kovac"}
    assert "accused" not in roles(claims_of(nlp, text)).get("Jan Berg", set())


@pytest.mark.parametrize(
    "text",
    [
        # police hold suspects after an arrest: no court's or prosecution's order
        "Police ordered two men held for questioning over the robbery of a jeweller. " + _THE_TWO,
        # a request the court refused holds no one
        "The court rejected the prosecution's request to hold two men for 30 days over the "
        "robbery of a jeweller. " + _THE_TWO,
        # things held, not people
        "The public prosecution ordered two trucks held at the police depot. The trucks' "
        "owners, Marek Horvat and Daniel Kovac, were questioned on Thursday.",
    ],
)
def test_no_remand_where_no_court_or_prosecution_holds_people(nlp: Language, text: str) -> None:
    assert _remanded(nlp, text) == set()


def test_the_men_are_lists_the_group_held(nlp: Language) -> None:
    text = (
        "The Provincial Prosecutor's Office has ordered provisional detention for three men "
        "accused of stealing cattle. The men are Marek Horvat, 36, a herdsman at the farm; "
        "Daniel Kovac, 44, who butchered the animals; and Tomas Novak, 31, who drove the meat."
    )
    assert _remanded(nlp, text) == {"Marek Horvat", "Daniel Kovac", "Tomas Novak"}


def test_the_women_who_speak_are_not_the_men_held(nlp: Language) -> None:
    text = (
        "The public prosecution ordered two men held for 30 days over the killing of a guard. "
        "The women are Lena Horvat and Mira Kovac, who ran the shop where he died."
    )
    assert _remanded(nlp, text) == set()


@pytest.mark.xfail(strict=True, reason="an official not a court nor a prosecution who holds")
def test_a_forest_officer_who_orders_both_held(nlp: Language) -> None:
    text = (
        "Police arrested Marek Horvat and Daniel Kovac with felled logs. Under the Forest Act "
        "the forest officer can decide such cases, and he has ordered that Horvat and Kovac "
        "be held in custody for further investigation."
    )
    assert _remanded(nlp, text) == {"Marek Horvat", "Daniel Kovac"}


@pytest.mark.xfail(strict=True, reason="a holding for a term told by the police, no order")
def test_held_for_months_on_charges_as_police_say(nlp: Language) -> None:
    text = (
        "Police in Dorn on Tuesday detained two women who ran a daycare. Lena Horvat, 41, "
        "and Mira Kovac, 23, will be held for four months on charges of torture, the city "
        "police said."
    )
    assert _remanded(nlp, text) == {"Lena Horvat", "Mira Kovac"}


@pytest.mark.xfail(strict=True, reason="custody hung by the parser in the object's of-phrase")
def test_a_role_noun_with_an_of_phrase_ordered_held(nlp: Language) -> None:
    text = (
        "The District Court on Monday ordered the driver of a truck to be held in custody "
        "for the trial. The driver, Tomas Novak, 31, had told police he fell asleep."
    )
    assert _remanded(nlp, text) == {"Tomas Novak"}
