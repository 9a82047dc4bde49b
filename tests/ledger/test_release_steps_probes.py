"""Invented probes of court steps before trial told without "remanded" or "released on bail"
(``data/release_steps_probes_out94.jsonl``, written by out94): a release before trial
("granted provisional release to X", as civil-law courts free a suspect), bail refused or
granted to a person the parser reads as the object of the verb ("denied X bail"), the sum a
court fixes ("released X on a bail amount of Rs 500,000") and a court's direction of a
release on a bond ("directed the release of X on a personal bond"), the bonds a release
waits on ("ordered released on furnishing surety bonds"); near misses where nothing is
decided ("sought", "opposed", "will hear", "may apply for": no outcome), and a witness named
beside a step, who holds none. Each is ingested through the real pipeline with the others
and its ledger asked, person by person: is each listed accused accused in that report with
the listed court outcome, and no one else? A probe the ledger does not yet read carries
``xfail`` (its cause), run as ``xfail(strict=True)``."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ledger.inventory import (
    DATA,
    court_outcomes,
    gold_ledger_fixture,
    load_gold,
    xfail_params,
)

PROBES = DATA / "release_steps_probes_out94.jsonl"
_DOCS = load_gold(PROBES)
ledger = gold_ledger_fixture(PROBES)


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_person_of_a_probe(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    got, want = court_outcomes(doc, ledger)
    assert got == want
