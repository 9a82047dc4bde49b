"""A group the report announced by its parts ("arrested a broker, a guard and two drivers") is
as large as its parts count, so a later "all four" or "the three" stands for its members once
the report has told of as many accused; invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims import find_claims
from corroborate.nlp.claims.announced_parts import announced_by_parts
from corroborate.nlp.mentions import find_mentions
from corroborate.records import Claim


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("Police arrested a shop owner, a cashier and two loaders on Friday.", 4),
        ("Police have arrested a clinic owner and two ward attendants over the death.", 3),
        ("The police arrested the owner of the bus, along with a conductor and a mechanic.", 3),
        ("A bank clerk and two security guards were arrested on Tuesday.", 3),
        ("Investigators charged a pharmacist and a nurse with fraud.", 2),
    ],
)
def test_a_group_told_by_its_parts_counts_them(nlp: Language, text: str, size: int) -> None:
    doc = nlp(text)
    assert announced_by_parts(doc, len(doc), legal()) == {size}


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a shop owner on Friday.",  # one part: no group
        "Police arrested Bimal Koirala and a cashier on Friday.",  # a name: a named group
        "Police arrested a cashier and seized a truck on Friday.",  # the truck is not taken
        "The inspector questioned a cashier and two loaders on Friday.",  # no arrest or charge
        "Investigators charged a company and two directors with fraud.",  # a body is no person
        "Police arrested a cashier who was seen with two loaders.",  # a clause of his own
    ],
)
def test_no_group_of_parts(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert announced_by_parts(doc, len(doc), legal()) == set()


def _claims(nlp: Language, text: str) -> list[Claim]:
    doc = nlp(text)
    return find_claims(doc, find_mentions(doc))[0]


def _ruled(nlp: Language, text: str, sentence_start: str) -> set[str]:
    """The accused of the rulings told from ``sentence_start`` on."""
    start = text.index(sentence_start)
    return {
        p.name
        for c in _claims(nlp, text)
        if c.kind == "ruling" and c.start >= start
        for p in c.participants
        if p.role == "accused"
    }


# Each member is told by a step of its own (a confession, an arrest elsewhere, a surrender),
# so no group the reader names holds all three; the parts' count does.
_TIPPER = (
    "DAMAK, Aug 2: Police have arrested the owner of a brick kiln, along with its tractor "
    "driver and a young man who had claimed to be the driver. On Friday, Ramesh "
    "Rai, 22, went to the police office and said he had been driving. During questioning, "
    "Rai admitted that he had not been in the tractor. The real driver, Kumar Limbu, 30, was "
    "arrested from his uncle's house in Ilam. The owner, Dinesh Karki, was arrested from his "
    "home. On Sunday, the District Court granted police five days' custody extension to "
    "investigate all three."
)
_CLINIC = (
    "LUDHIANA: Police arrested a clinic owner and two ward attendants on Saturday after a "
    "patient died of a wrong injection. During questioning, attendant Gurpreet Kaur admitted "
    "that she had given the injection without a prescription. The second attendant, Manpreet "
    "Kaur, was arrested at her home in Khanna. The clinic owner, Harjit Singh Gill, was "
    "picked up later. The three were produced before a magistrate, who sent them to judicial "
    "custody for 14 days."
)


@pytest.mark.parametrize(
    ("text", "step", "members"),
    [
        (_TIPPER, "On Sunday", {"Ramesh Rai", "Kumar Limbu", "Dinesh Karki"}),
        (_CLINIC, "The three were", {"Gurpreet Kaur", "Manpreet Kaur", "Harjit Singh Gill"}),
    ],
)
def test_the_count_is_the_group_of_parts(
    nlp: Language, text: str, step: str, members: set[str]
) -> None:
    assert _ruled(nlp, text, step) == members


def test_victims_counted_are_not_the_group(nlp: Language) -> None:
    """Near miss: the count fits the passengers, not the two arrested parts."""
    text = (
        "MULTAN: Police arrested a bus driver and a conductor after a bus overturned near "
        "Shujabad. During questioning, the driver, Muhammad Aslam, admitted he had been "
        "racing. The conductor, Zahid Hussain, was arrested at the bus stand. Three "
        "passengers, Rashid Ali, Sajid Ali and Naveed Ahmad, were taken to Nishtar Hospital. "
        "A magistrate sent the two to jail on judicial remand."
    )
    ruled = _ruled(nlp, text, "A magistrate")
    assert not ruled & {"Rashid Ali", "Sajid Ali", "Naveed Ahmad"}


def test_fewer_known_than_the_parts_count_is_no_one_new(nlp: Language) -> None:
    """Near miss: four parts, two of them ever named - the count is not given to the two
    by the parts (a group told only by what its members are is held to its count)."""
    text = (
        "SYLHET: Police arrested a union parishad member, a grocer and two labourers over the "
        "relief rice. The grocer, Md Abdul Mannan, was arrested at his shop. A judge, Md Tarek "
        "Aziz, heard the case. The court sent all four to jail."
    )
    assert "Md Tarek Aziz" not in _ruled(nlp, text, "The court")
