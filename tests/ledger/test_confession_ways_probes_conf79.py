"""Invented probes of the ordinary ways a confession and its setting are told, written by conf79
before reading the open sets' misses (``data/confession_ways_probes_conf79.jsonl``): Pakistani
Urdu-press English ("during interrogation X disclosed", "accepted his involvement", "on his
pointation ... confessed, SHO Y said", a section 164 statement told by the prosecution),
Indian legal news ("during sustained questioning X revealed", "Police said X told them", a
police video, a guilty plea before a special court, the NIA's questioning), Bangladeshi district
reports (RAB, "confessed during primary interrogation, OC said", a confessional statement
before a senior judicial magistrate), Nepali English ("confessed during police investigation,
said SP ...", "owned up ... before the investigators"), and wire copy of Bolivia, Moldova,
Lebanon, Kazakhstan, Peru, Uzbekistan and Jordan (a police video, an investigating judge, the
court's press service, a Facebook video before the arrest). Near misses: a co-accused's
statement naming another, a witness's and a victim's statements, a confession the police claim
and the accused denies (still his custodial confession), one who refused to confess, counsel
who admits a fact. The g-probes (written after) tell an account "told investigators during
questioning that ..." (``claims.content_on_a_gerund``) and its near misses: a witness's, and a
denying content. Each probe not yet read carries ``xfail`` (its cause), run strict."""

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

PROBES = DATA / "confession_ways_probes_conf79.jsonl"
_DOCS = load_gold(PROBES)

ledger = gold_ledger_fixture(PROBES)


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_probe_confession_setting(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    got, want = confession_settings(doc, ledger)
    assert got == want
