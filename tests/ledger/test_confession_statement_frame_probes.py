"""Invented probes of a confession framed by the statement it is in, written by conf78 before
reading the open sets' misses (``data/confession_statement_frame_probes.jsonl``): Pakistani
Urdu-press English ("in his statement recorded under section 161 / 342 / 164, X admitted",
"owned up to"), Indian legal news ("according to his confessional statement", "his statement
before the magistrate says he ...", "during interrogation X revealed that he had ..."),
Bangladeshi district reports (a confessional statement before a senior judicial magistrate),
Nepali English (a statement to police, at the District Court), wire copy (Slovakia). Near
misses: a witness's section 164 statement, a victim's statement to police, "denied in his
statement that he had ...", one who refused to give a statement, a co-accused's statement
naming another, an inspector's statement to the court. Each is ingested with the others and
its ledger asked, as ``test_confession_told_probes`` asks, whether each person listed has
exactly the confession settings listed; a probe not yet read carries ``xfail`` (its cause),
run as ``xfail(strict=True)``."""

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

PROBES = DATA / "confession_statement_frame_probes.jsonl"
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
