"""The construction suite: the ways reporters write a ruling's outcome (active, passive,
reduced relative, noun, idiom, appeal, co-ordination, apposition, negation and modality, a
teller; then an inventory written from legal knowledge across jurisdictions: jury verdicts,
pleas, sentences, mistrials, charges dropped, clearing idioms, appeals, bail, remand,
proclamation, charging steps, South Asian and translated wire usage, and whom an outcome
applies to), each sentence invented, with the outcome each accused must get, the people who
must get none, and those who must be accused with no outcome (charged, arrested).
Constructions not read yet are ``xfail(strict=True)``, so a fix shows up."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tests.nlp.suites import construction_cases, construction_params
from tests.nlp.test_claims import claims_of, outcomes

CASES = construction_cases("ruling")


def _outcome_set(expected: str | list[str]) -> set[str | None]:
    return {expected} if isinstance(expected, str) else set(expected)


@pytest.mark.parametrize("case", construction_params(CASES))
def test_ruling_construction(nlp: Language, case: dict[str, Any]) -> None:
    found = claims_of(nlp, case["text"])
    got = {name: outcomes(found, name) for name in [*case["expect"], *case["none"]]}
    want = {name: _outcome_set(o) for name, o in case["expect"].items()}
    want |= {name: set() for name in case["none"]}  # judge, lawyer, victim: no outcome
    # charged or arrested, a case dropped: accused by some claim, with no court outcome
    charged = {name: any(name in {p.name for p in c.participants if p.role == "accused"}
                         for c in found) for name in case.get("accused", [])}  # fmt: skip
    assert (got, charged) == (want, {name: True for name in case.get("accused", [])})


def test_every_family_has_cases_and_every_case_names_someone() -> None:
    families = {c["family"] for c in CASES}
    assert len(families) >= 10
    for case in CASES:
        assert case["expect"] or case["none"], case["text"]
