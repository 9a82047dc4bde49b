"""The organisation suite: the ways reporters hold a banned outfit, a gang, a party or a
company responsible for an act (it claimed responsibility, carried it out, was behind it,
the act was blamed on it or done by it, a court ruled on it) and the ways they name one
without accusing it (a member's affiliation, its denial, its accusation of another, an
attack on it, an investigator, a name in passing). Each sentence is invented. Constructions
not read yet are ``xfail(strict=True)``, so a fix shows up."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from corroborate.records import Claim
from tests.nlp.suites import construction_cases, construction_params
from tests.nlp.test_claims import claims_of

CASES = construction_cases("organisation")
# Claims in which the accused party is the one who answers, not one accused by the sentence.
_ANSWERS = frozenset({"denial", "retraction"})


def accused_parties(claims: list[Claim]) -> set[str]:
    """The names accused as themselves: a group of members ("a worker of X") is the
    members', not the organisation's, and a denial's party answers."""
    return {
        p.name
        for c in claims
        if c.kind not in _ANSWERS
        for p in c.participants
        if p.role == "accused" and p.members is None
    }


@pytest.mark.parametrize("case", construction_params(CASES))
def test_organisation_construction(nlp: Language, case: dict[str, Any]) -> None:
    accused = accused_parties(claims_of(nlp, case["text"]))
    assert {n for n in case["accused"] if n not in accused} == set()
    assert {n for n in case["not_accused"] if n in accused} == set()


def test_the_suite_covers_both_sides() -> None:
    accusing = {c["family"] for c in CASES if c["accused"]}
    guarding = {c["family"] for c in CASES if c["not_accused"]}
    assert len(accusing) >= 10
    assert len(guarding) >= 6  # an affiliation, a denier, an accuser, a victim ...
    assert len(CASES) >= 60
    for case in CASES:
        assert case["accused"] or case["not_accused"], case["text"]
        assert not set(case["accused"]) & set(case["not_accused"]), case["text"]
