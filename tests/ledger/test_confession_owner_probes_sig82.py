"""Invented probes of whose a statement before a magistrate is, written by sig82
(``data/confession_owner_probes_sig82.jsonl``): ten where a witness, the complainant or the
victim's kin records "his" or "her" statement - under Section 164, before a judicial magistrate,
before a district judge, in Urdu-press, Indian, Bangladeshi, Nepali and Guatemalan copy - naming
or implicating the accused, who has confessed nothing; eight twins where the accused's own
statement is told the same way (his judicial confession); and four near misses: the
magistrate "who recorded his statement", a magistrate who recorded his confessional statement,
a witness named in a later sentence, an accused whose brother is a witness. Each probe asks,
for each person its gold lists, the settings of the confessions the ledger holds against them
there and whether it holds a retraction of theirs. A probe not yet read carries ``xfail`` (its
cause), run strict."""

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

PROBES = DATA / "confession_owner_probes_sig82.jsonl"
_DOCS = load_gold(PROBES)

ledger = gold_ledger_fixture(PROBES)


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_probe_owner_setting_and_retraction(
    doc: dict[str, Any], ledger: dict[str, Any]
) -> None:
    got, want = confession_settings(doc, ledger)
    assert got == want
    people = [*doc["gold"]["accused"], *doc["gold"]["not_accused"]]
    retracted = {p["name"]: bool(doc_events(doc, p["name"], ledger, "retraction")) for p in people}
    assert retracted == {p["name"]: bool(p.get("retracted")) for p in people}
