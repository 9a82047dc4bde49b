"""Invented probes of where a confession taken back before a court was made, written by set80
(``data/confession_settings_probes_set80.jsonl``): Pakistani Urdu-press English (a confession
"dictated to him at the CIA centre", "never made before any magistrate and ... written out by
the police in the DSP's office", the CTD's
"so-called confession", counsel's "extracted at the police station", a police witness telling
the court of a confession after the arrest) and civil-law wire copy of Moldova, Bolivia and
Lebanon (a confession "beaten out of him at the police station", one signed at police
headquarters, one written by intelligence officers, an admission before the court, one told
to the investigating judge). Near misses: a magistrate's confession the accused says the SHO
prepared (judicial), a guilty plea before a sessions court (judicial). The court that hears the
taking back is never where the confession was made. Each probe not yet read carries ``xfail``
(its cause), run strict."""

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

PROBES = DATA / "confession_settings_probes_set80.jsonl"
_DOCS = load_gold(PROBES)

ledger = gold_ledger_fixture(PROBES)


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_probe_confession_setting(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    got, want = confession_settings(doc, ledger)
    assert got == want
