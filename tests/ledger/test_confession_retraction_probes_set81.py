"""Invented probes of a Pakistani confession's setting and its taking back, written by set81
(``data/confession_retraction_probes_set81.jsonl``): 32 in Urdu-press English (Dawn-, The
News- and Express Tribune-like court and district copy; ATC and high-court reporting; CTD,
Rangers and FIA releases: "disclosed during interrogation", "confessed before the JIT", "in a
video statement released by the CTD", "recorded his confessional statement before a judicial
magistrate under Section 164", "the investigation officer told the court that he had
confessed"; taken back by "resiled", "disowned", "obtained under duress", "extracted through
torture", "denied making any confession", "forced him to sign blank papers", "filed an
application to retract") and 10 in Indian, Bangladeshi and Nepali styles for contrast. Near
misses: a co-accused's confession naming another, a witness's statement, a plea of guilty in
court (judicial), a police claim the accused's family denies (still his custodial
confession). Each probe asks, for each person its gold lists, the settings of the confessions
the ledger holds against them there and whether it holds a retraction of theirs. A probe not
yet read carries ``xfail`` (its cause), run strict."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ledger.inventory import (
    DATA,
    confession_settings,
    doc_events,
    gold_ledger_fixture,
    load_gold,
    xfail_params,
)

PROBES = DATA / "confession_retraction_probes_set81.jsonl"
_DOCS = load_gold(PROBES)

ledger = gold_ledger_fixture(PROBES)


def _retracted(
    doc: dict[str, Any], ledger: dict[str, Any]
) -> tuple[dict[str, bool], dict[str, bool]]:
    people = [*doc["gold"]["accused"], *doc["gold"]["not_accused"]]
    got = {p["name"]: bool(doc_events(doc, p["name"], ledger, "retraction")) for p in people}
    want = {p["name"]: bool(p.get("retracted")) for p in people}
    return got, want


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_probe_setting_and_retraction(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    got, want = confession_settings(doc, ledger)
    assert got == want
    retracted, wanted = _retracted(doc, ledger)
    assert retracted == wanted
