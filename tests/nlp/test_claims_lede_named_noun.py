"""stmt85: an admission told of the lede's description once the next sentence has named its
one - "A 38-year-old mechanic was remanded ... X, of Y, appeared before Magistrate Z. ... the
mechanic ... admitted stabbing the courier" (``lede_named_noun``: the lede's "a NOUN" is
remembered for the name ``Ledes`` gives its step to, so "the mechanic" stands for him by
``DescribedPeople._description_told``); and an admitting verb's gerund the parser hangs as an
adverbial clause ("the driller, in his account to detectives, acknowledged drilling the
wells": ``gerund_objects``). With guards: a noun the report already gave someone, two named
with the noun, a gerund a word marks as a clause. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of

_MECHANIC = (
    "A 38-year-old mechanic was remanded to prison on Tuesday after he was charged with the "
    "murder of a courier. Dale Pemberton, of Mango Gut, appeared before Magistrate Ann Lee. "
)
_WELDER = (
    "A magistrate on Friday sent a welder to jail for two weeks over the theft of copper "
    "cable from a substation. Tomas Irving, 29, appeared in court in handcuffs. "
)


def confessors(nlp: Language, text: str) -> dict[str, set[str | None]]:
    found: dict[str, set[str | None]] = {}
    for c in claims_of(nlp, text):
        if c.kind == "confession":
            for p in c.participants:
                if p.role == "accused":
                    found.setdefault(p.name, set()).add(c.setting)
    return found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            _MECHANIC + "Police said the mechanic was arrested at his home the same night and, "
            "in a statement under caution, admitted stabbing the courier with a knife.",
            "Dale Pemberton",
        ),
        (
            _MECHANIC + "In his interview with detectives, the mechanic admitted that he had "
            "stabbed the courier.",
            "Dale Pemberton",
        ),
        (
            _WELDER + "During questioning, the welder acknowledged that he had cut the cable "
            "at night and sold it to a scrap yard, police said.",
            "Tomas Irving",
        ),
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="stmt87: the lede's noun tie is not landed - on every narrowing tried (stmt86's "
    "five guards read once per report; the tie read only for 'the NOUN'; only while the "
    "report follows that one) the blind h18 lost one accused (docs/claims.md, stmt87; the "
    "tie's code is in commit 8b172f69)",
)
def test_the_ledes_noun_named_next_stands_for_that_one(nlp: Language, text: str, name: str) -> None:
    assert confessors(nlp, text) == {name: {"custodial"}}


@pytest.mark.parametrize(
    "text",
    [
        # another introduced with the noun later: "the welder" is one of two
        _WELDER + "A second man, welder Ivan Petrov, was questioned and released. During "
        "questioning, the welder acknowledged that he had cut the cable.",
        # the noun the report already gave someone else keeps its own
        "Police questioned welder Ivan Petrov on Monday. " + _WELDER + "During questioning, "
        "the welder acknowledged that he had cut the cable.",
    ],
)
def test_a_noun_of_two_stands_for_neither(nlp: Language, text: str) -> None:
    assert "Tomas Irving" not in confessors(nlp, text)


_ADMITTED = "During questioning, the welder acknowledged that he had cut the cable."


@pytest.mark.parametrize(
    "text",
    [
        # stmt86: the report gives the noun to another, after the tie or before it
        _WELDER + "Ivan Petrov, also a welder, was questioned and released. " + _ADMITTED,
        pytest.param(
            _WELDER
            + "Police later questioned the welder's partner, Ivan Petrov, a welder too. "
            + _ADMITTED,
        ),
        # a word sets another of its kind apart
        _WELDER + "Another welder was questioned and released. " + _ADMITTED,
        # a determined or counted plural tells of several
        _WELDER + "The welders had worked the substation for a month. " + _ADMITTED,
        _WELDER + "Two welders were questioned and released. " + _ADMITTED,
        # the lede's step is told in a clause under another: its one is not the lede's
        "A magistrate on Friday sent a courier to jail after police caught a welder "
        "with copper cable. Tomas Irving, 29, appeared in court in handcuffs. " + _ADMITTED,
    ],
)
def test_a_noun_the_report_gives_another_is_not_tied(nlp: Language, text: str) -> None:
    assert "Tomas Irving" not in confessors(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="stmt87: the lede's noun tie is not landed - on every narrowing tried (stmt86's "
    "five guards read once per report; the tie read only for 'the NOUN'; only while the "
    "report follows that one) the blind h18 lost one accused (docs/claims.md, stmt87; the "
    "tie's code is in commit 8b172f69)",
)
def test_a_bare_plural_and_a_possessor_keep_the_tie(nlp: Language) -> None:
    # "welders" at large and "the welder's lawyer" tell of no second welder
    text = (
        _WELDER + "Unions have long asked for licences for welders. The welder's lawyer, "
        "Ann Mills, asked for bail. " + _ADMITTED
    )
    assert confessors(nlp, text) == {"Tomas Irving": {"custodial"}}


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs "drilling" as an adverbial clause of "acknowledged"
        "Police arrested Jorge Ruiz, a well driller, and an agronomist on Monday. The PDI said "
        "that the driller, in his account to detectives after his arrest, acknowledged "
        "drilling the wells at night without any permit.",
        "Police arrested Jorge Ruiz, a well driller, on Monday. The PDI said that the "
        "driller, in his account to detectives after his arrest, acknowledged drilling the "
        "wells at night.",
    ],
)
def test_a_gerund_hung_as_a_clause_is_what_is_admitted(nlp: Language, text: str) -> None:
    assert confessors(nlp, text) == {"Jorge Ruiz": {"custodial"}}


def test_a_gerund_a_word_marks_is_no_admission(nlp: Language) -> None:
    text = (
        "Police arrested Jorge Ruiz, a well driller, on Monday. The PDI said that the "
        "driller, in his account to detectives, acknowledged the permit while drilling "
        "the wells."
    )
    assert confessors(nlp, text) == {}


@pytest.mark.xfail(
    strict=True,
    reason="the parser makes 'the mechanic' the object of 'said' and 'admitted' an "
    "adverbial clause of it: the admission has no subject to tie",
)
def test_said_the_description_with_a_phrase_between(nlp: Language) -> None:
    text = (
        _MECHANIC + "Police said the mechanic, in a statement under caution, admitted "
        "stabbing the courier with a knife."
    )
    assert confessors(nlp, text) == {"Dale Pemberton": {"custodial"}}


@pytest.mark.xfail(
    strict=True,
    reason="'the driller' for one introduced as 'owner of a drilling firm' after a lede of "
    "two: no noun tie and no one named next",
)
def test_a_description_from_another_word(nlp: Language) -> None:
    text = (
        "Detectives arrested the manager of a farm company and a well driller on Tuesday. "
        "The men arrested were Pedro Vega, 52, the company's manager, and Luis Mora, 45, "
        "owner of a drilling firm. The PDI said that the driller, in his account to "
        "detectives, acknowledged drilling the wells at night."
    )
    assert confessors(nlp, text) == {"Luis Mora": {"custodial"}}
