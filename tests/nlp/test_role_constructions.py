"""The construction suite for roles: the ways reporters tell who is accused and who is not
(the doer of an act, active, passive, reduced relative or noun; the verbs of accusation and
of procedure; confession; victims; officials in apposition; lists; an accuser; negation and
modality; everyday senses), each sentence invented, with the people the claims must make
accused and the people they must never make accused. Constructions not read yet are
``xfail(strict=True)``, so a fix shows up."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tests.nlp.suites import construction_cases, construction_params
from tests.nlp.test_claims import claims_of, roles

CASES = construction_cases("role")


@pytest.mark.parametrize("case", construction_params(CASES))
def test_role_construction(nlp: Language, case: dict[str, Any]) -> None:
    found = roles(claims_of(nlp, case["text"]))
    named = [*case["accused"], *case["not_accused"]]
    got = {name: "accused" in found.get(name, set()) for name in named}
    want = {name: name in case["accused"] for name in named}
    assert got == want


def test_every_family_has_cases_and_every_case_names_someone() -> None:
    families = {c["family"] for c in CASES}
    assert len(families) >= 12
    for case in CASES:
        assert case["accused"] or case["not_accused"], case["text"]
        assert not set(case["accused"]) & set(case["not_accused"]), case["text"]
        assert all(name in case["text"] for name in [*case["accused"], *case["not_accused"]])
