"""Invented probes of confessions and their settings outside Pakistan, written by conf83
(``data/confession_probes_conf83.jsonl``): civil-law and Gulf wire copy - an admission of "the
facts" during questioning told by a prosecutor's office, "acknowledged his role to
investigators", a confession "before the investigating judge" (judicial), "accepted the charge
in court", a guilty plea at the first hearing, "told police he had ...", a confession told in an
officer's indirect speech, the Guardia Civil, the carabinieri, a Japanese and a Korean trial -
and confessions told "to" or "before" the prosecution ("confessed before the prosecutors",
"confessed to the public prosecution that ...", "in his statement to the prosecutor", "during
the prosecution's questioning": custodial, ``kinds.json``), and owners a report calls by the
description it introduced them with, a people's word included ("X, an Indian engineer ... The
engineer admitted": ``DescribedPeople``). The p-probes tell an admission made under a plea
agreement or settlement with the prosecution (judicial: the court approves it), a class four open
sets hold and this branch did not build. Each probe not yet read carries ``xfail`` (its cause),
run strict."""

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

PROBES = DATA / "confession_probes_conf83.jsonl"
_DOCS = load_gold(PROBES)

ledger = gold_ledger_fixture(PROBES)


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_probe_confession_setting(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    got, want = confession_settings(doc, ledger)
    assert got == want
