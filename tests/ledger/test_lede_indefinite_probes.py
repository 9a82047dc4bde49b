"""Invented probes of reports whose lede tells a court's step on an indefinite description
and names its bearer paragraphs later ("A circuit court sentenced a patwari to five years ...
The patwari, X, was taken into custody"): sentenced, acquitted, convicted, sent to custody,
ordered held in preventive detention, two in one lede - in the styles of Pakistan, India,
Bangladesh, Nepal, Sri Lanka, Kenya, Ghana, Uganda, Nigeria, the Philippines, Peru, Poland,
Romania, Kazakhstan, Jamaica, Fiji, Morocco and Vietnam (``data/lede_indefinite_probes.jsonl``),
written by lfa27 to count what the ledger misses by cause. Each is ingested through the real
pipeline with the others and its ledger asked, person by person: is each listed accused
accused in that report with the listed court outcome, and no one else? A probe the ledger does
not yet read carries ``xfail`` (its cause), run as ``xfail(strict=True)``. Probes ``n..`` are
near misses: the later bearer of the noun is a witness, two bear it, it is of another thing,
or a relative."""

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

PROBES = DATA / "lede_indefinite_probes.jsonl"
_DOCS = load_gold(PROBES)
ledger = gold_ledger_fixture(PROBES)


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_person_of_a_probe(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    got, want = court_outcomes(doc, ledger)
    assert got == want
