"""Invented probes of reports that name three to six accused of one case, each told another
ordinary way (a list with ages and trades, "X and his two sons, Y and Z", "the other
accused - A, B and C -", "among those held were", a charge sheet's "accused no. 3", names
given only in the court's step, a gang and its members, aliases, "along with", "besides",
"They are X, Y and Z" after a counted arrest), in the styles of Pakistan, India,
Bangladesh, Nepal and civil-law wire copy (``data/many_accused_probes.jsonl``), written by
acc72 to classify what the ledger misses by cause. Each is ingested through the real
pipeline with the others, and its ledger asked: is each listed accused accused in that
report, and is no officer, judge, complainant or victim listed beside them accused? A probe
the ledger does not yet read carries ``xfail`` (its cause), run as ``xfail(strict=True)``.
Probes ``n..`` are near misses: people counted and named who are no accused."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ledger.inventory import DATA, gold_ledger_fixture, gold_reading, load_gold, xfail_params

PROBES = DATA / "many_accused_probes.jsonl"
_DOCS = load_gold(PROBES)

ledger = gold_ledger_fixture(PROBES)


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_listed_person_of_a_probe(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    reading = gold_reading(doc, ledger, family={})
    accused = {name for name, (found, _) in reading.items() if found}
    assert accused == {p["name"] for p in doc["gold"]["accused"]}
