"""Invented probes of reports that tell a confession and where it was made, each an ordinary
way (``data/confession_probes.jsonl``, written by set74): to the police, the CTD, the RAB,
the ACB, the CIB, gendarmes, investigators, detectives; during questioning, on remand, in
pretrial detention; in a video the police released; before a magistrate under section 164,
in court, by a guilty plea or a plea deal; told only by the prosecutor or by counsel; and
taken back before a court ("told the court that his statement had been written by customs
officers") - in the styles of Pakistan, India, Bangladesh, Nepal, Kenya, Nigeria, Ghana,
Britain, Ireland, Australia, Romania, Kyrgyzstan, Costa Rica, Czechia, Georgia, Portugal,
Poland, Turkey, Latvia, Tunisia and Mauritius. Each is ingested through the real pipeline
with the others and its ledger asked: does each person the probe lists have exactly the
confession settings it lists there (none for one who confessed nothing)? A probe the ledger
does not yet read carries ``xfail`` (its cause), run as ``xfail(strict=True)``. Near misses:
one who refused to confess or denied confessing, one who declined to give a statement, a
witness's or a victim's statement to the police or the prosecutor."""

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

PROBES = DATA / "confession_probes.jsonl"
_DOCS = load_gold(PROBES)

ledger = gold_ledger_fixture(PROBES)


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_probe_confession_setting(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    got, want = confession_settings(doc, ledger)
    assert got == want
