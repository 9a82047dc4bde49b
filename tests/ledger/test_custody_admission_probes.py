"""Invented probes of an admission of the charge (``data/custody_admission_probes.jsonl``, written
by plea76): made in custody it is a confession there and no plea, so no court convicts on it -
"admitted to the charges of embezzlement during his interrogation" (Poland), "admitted the
charges while in police custody" (Pakistan), "owned up to the charges before investigators"
(Bangladesh), "admitted to the charge during questioning" (Nepal), "during interrogation"
(India), "during his hearing at the police station" (Romania), "while on remand at the police
station" (Kenya), "During questioning by the CTD" (Pakistan), "in her statement to the police"
(Nigeria); made before a court it stays a guilty plea and its conviction - "pleaded guilty
before the sessions judge", "admitted the charges when the indictment was read in court", "At
his first appearance before the magistrate ... admitted the charge", "admitted two counts of
burglary at Cardiff Crown Court", "admitted the charges before the Kathmandu District Court",
and with custody named beside the court ("by video link from prison", "while in custody at a
hearing in ... District Court", "when he was produced before the magistrate after police custody
ended") (``nlp.claims.charge_admitted_where``). Sentences and names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ledger.inventory import DATA, doc_events, gold_ledger_fixture, load_gold

PROBES = DATA / "custody_admission_probes.jsonl"
_DOCS = load_gold(PROBES)

ledger = gold_ledger_fixture(PROBES)


@pytest.mark.parametrize("doc", _DOCS, ids=lambda d: str(d["id"]))
def test_each_probe_confession_setting(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    [person] = doc["gold"]["accused"]
    settings = {ev["setting"] for ev in doc_events(doc, person["name"], ledger, "confession")}
    assert settings == {person["confessed"]}


@pytest.mark.parametrize("doc", _DOCS, ids=lambda d: str(d["id"]))
def test_convicted_only_on_a_plea_in_court(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    [person] = doc["gold"]["accused"]
    outcomes = {ev["outcome"] for ev in doc_events(doc, person["name"], ledger, "ruling")}
    assert ("convicted" in outcomes) is doc["pleaded"]
