"""Invented probes of reports that name a group one step took together, tell of one more
accused apart, and then tell a court's step on the group by its count, "both" or "them"
("Police arrested X, Y and Z ... A fourth suspect, W, was arrested later ... The court remanded
the three"): remand, custody orders and bail, in the styles of Pakistan, India, Bangladesh,
Nepal, Sri Lanka, Kenya, Ghana, Zambia, Brazil, Poland, Georgia, the Philippines, Malaysia and
Egypt (``data/stepped_together_probes.jsonl``), written by lfa28 to count what the ledger
misses by cause. Each is ingested through the real pipeline with the others and its ledger
asked, person by person: is each listed accused accused in that report with the listed court
outcome, and no one else? The one told apart keeps no outcome of the group's step. A probe the
ledger does not yet read carries ``xfail`` (its cause), run as ``xfail(strict=True)``."""

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

PROBES = DATA / "stepped_together_probes.jsonl"
_DOCS = load_gold(PROBES)
ledger = gold_ledger_fixture(PROBES)


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_person_of_a_probe(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    got, want = court_outcomes(doc, ledger)
    assert got == want
