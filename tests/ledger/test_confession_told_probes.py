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
    confession_settings,
    gold_ledger_fixture,
    load_gold,
    xfail_params,
)

PROBES = DATA / "confession_told_probes.jsonl"
_DOCS = load_gold(PROBES)

ledger = gold_ledger_fixture(PROBES)


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_probe_confession_setting(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    got, want = confession_settings(doc, ledger)
    assert got == want
