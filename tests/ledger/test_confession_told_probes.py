"""Invented probes of reports that tell a confession and where it was made, written by conf77
before reading the open sets' misses (``data/confession_told_probes.jsonl``): Pakistani
Urdu-press English ("during initial interrogation the suspect disclosed", "the JIT report says
he admitted", a video statement released by the Rangers, statements under sections 164 and 342,
"confessed before a judicial magistrate", "the arrested men told police", "owned up during the
inquiry", "the confession he made to police in March"), Indian legal news, Bangladeshi district
reports (RAB, remand, a senior judicial magistrate), Nepali English (the DSP, the government
attorney, "accepted the charge"), wire copy and local papers of Slovakia, Paraguay and Jordan;
then the agencies named after the statement ("his statement to RAB", "to the CTD", "to the
NAB", "to the CIAA", "to the EFCC", "before the gendarmes"). Near misses: one who refused or
denied confessing, a witness's and a victim's statement under section 164 or to RAB, a
co-accused's confession naming another, the labour inspector, the agency's own statement.
Each is ingested through the real pipeline with the others and its ledger asked, as
``test_confession_probes`` asks: does each person listed have exactly the confession settings
listed? A probe not yet read carries ``xfail`` (its cause), run as ``xfail(strict=True)``."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ledger.inventory import (
    DATA,
    gold_ledger_fixture,
    load_gold,
    same_person,
    words,
    xfail_params,
)

PROBES = DATA / "confession_told_probes.jsonl"
_DOCS = load_gold(PROBES)

ledger = gold_ledger_fixture(PROBES)


def _settings(doc: dict[str, Any], name: str, ledger: dict[str, Any]) -> set[str]:
    """The settings of the confessions the ledger holds against ``name`` in ``doc``."""
    gold = [words(name)]
    ids = {e["id"] for e in ledger["entities"]
           if same_person(gold, [words(n) for n in [e["name"], *e["aliases"]]])}  # fmt: skip
    return {
        ev["setting"]
        for allegation in ledger["allegations"]
        if ids & set(allegation["accused"])
        for ev in allegation["events"]
        if ev["document_id"] == doc["id"] and ev["kind"] == "confession"
    }


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_probe_confession_setting(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    people = [*doc["gold"]["accused"], *doc["gold"]["not_accused"]]
    got = {p["name"]: _settings(doc, p["name"], ledger) for p in people}
    want = {p["name"]: {p["confessed"]} if p.get("confessed") else set() for p in people}
    assert got == want
