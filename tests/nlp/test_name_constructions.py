"""The name suite: people named the ways reporting names them in many regions (South Asian,
African, Arabic, Chinese, Filipino, Italian, English names; titles such as Mian, Syed,
Chaudhry, Dr, Ms; an alias, initials, "son of", an age apposition, a headline in capitals)
must be read as people whatever the named-entity model types them, while places and
organisations in the same positions stay what they are; and a pronoun after a person named
by first and last name only must go to the person of its sex, or to nobody when the sex is
unknown. Each sentence is invented. Constructions not read yet are ``xfail(strict=True)``,
so a fix shows up."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from corroborate.nlp.names import strip_titles
from tests.nlp.suites import construction_cases, construction_params
from tests.nlp.test_claims import claims_of, roles

CASES = construction_cases("name")


def _bare(name: str) -> str:
    """A name without its titles ("Sardar", "Dr"), as the reader keeps it, and without case
    (a headline in capitals may be read in any case)."""
    return " ".join(strip_titles(name.split())).casefold()


def _names(name: str, found: dict[str, set[str]]) -> bool:
    """Whether ``name`` is accused among ``found``, compared as ``_bare`` names."""
    return any("accused" in got and _bare(n) == _bare(name) for n, got in found.items())


@pytest.mark.parametrize("case", construction_params(CASES))
def test_name_construction(nlp: Language, case: dict[str, Any]) -> None:
    found = roles(claims_of(nlp, case["text"]))
    named = [*case["accused"], *case["not_accused"]]
    got = {name: _names(name, found) for name in named}
    want = {name: name in case["accused"] for name in named}
    assert got == want


def test_the_suite_covers_regions_pronouns_and_guards() -> None:
    families = {c["family"] for c in CASES}
    assert {"all_caps", "title", "place_or_org_guard", "pronoun_bare_name"} <= families
    assert len(CASES) >= 80
    for case in CASES:
        assert case["accused"] or case["not_accused"], case["text"]
        assert not set(case["accused"]) & set(case["not_accused"]), case["text"]
        assert all(name in case["text"] for name in [*case["accused"], *case["not_accused"]])
