"""Invented probes of the custodian words that read two ways (``data/custodian_word_probes.jsonl``,
written by mnd76 for set74's words): "customs" (the service that detains smugglers, or a
people's ways: "as village customs require", "the customs of his village"), "ACC" (Bangladesh's
Anti-Corruption Commission, or New Zealand's Accident Compensation Corporation) and "National
Guard" (Tunisia's gendarmerie, or the United States' military reserve). A confession told to
customs officers, in customs custody, to Bangladesh's ACC or to Tunisia's National Guard is
custodial; one before elders or a panchayat that speaks of a local custom, one to the
insurer, or one to a Guardsman who is a medic or a neighbour is not. Each probe is ingested
through the real pipeline with the others and its ledger asked whether the confession it
tells is read, and read as custodial exactly where the probe's setting is (the probe gives
the setting a reader would; only custody is asked here). A probe the ledger does not yet
read carries ``xfail`` (its cause), run as ``xfail(strict=True)``."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ledger.inventory import DATA, doc_events, gold_ledger_fixture, load_gold, xfail_params

PROBES = DATA / "custodian_word_probes.jsonl"
_DOCS = load_gold(PROBES)

ledger = gold_ledger_fixture(PROBES)


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_custodial_only_where_a_custodian_heard_it(
    doc: dict[str, Any], ledger: dict[str, Any]
) -> None:
    for person in doc["gold"]["accused"]:
        got = {ev["setting"] for ev in doc_events(doc, person["name"], ledger, "confession")}
        assert got, f"no confession read: {doc['text']}"
        assert ("custodial" in got) == (person["confessed"] == "custodial"), doc["text"]
