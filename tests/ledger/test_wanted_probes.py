"""Invented probes of reports that name an accused the law has not caught, each told another
ordinary way: "is absconding", "is on the run", "remains wanted", "has been declared wanted",
"is wanted on an international arrest warrant", "is still at large", "had evaded arrest",
"has gone underground", "has been put on the wanted list", "is still being sought", "remains
a fugitive" - in the styles of Pakistan, India, Bangladesh, Nepal, Ghana, Kenya and Czech,
Danish, Polish, Austrian, Chilean, Latvian and Dutch wire copy (``data/wanted_probes.jsonl``),
written by lfa26 to count what the ledger misses by cause. Each is ingested through the real
pipeline with the others, and its ledger asked: is each listed accused accused in that
report, and no one else? A probe the ledger does not yet read carries ``xfail`` (its cause),
run as ``xfail(strict=True)``. Probes ``n..`` are near misses: a person who "remains" in
hospital, is "wanted" by clubs or as a witness, or whose family "wanted" justice."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ledger.inventory import DATA, gold_ledger_fixture, gold_reading, load_gold, xfail_params

PROBES = DATA / "wanted_probes.jsonl"
_DOCS = load_gold(PROBES)

ledger = gold_ledger_fixture(PROBES)


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_listed_person_of_a_probe(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    reading = gold_reading(doc, ledger, family={})
    accused = {name for name, (found, _) in reading.items() if found}
    assert accused == {p["name"] for p in doc["gold"]["accused"]}
