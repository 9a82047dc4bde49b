"""Invented probes of off75: officials who are the accused - a customs officer, a revenue
clerk, an excise or tax inspector, a sub-registrar, an assistant engineer, a railway gateman,
a bank manager, a hospital superintendent, a police constable - told by a title before the
name or an office apposed to it ("a former tax inspector, X", "a customs officer, X"), then by
the office alone ("the inspector had pleaded not guilty", "the officer had confessed"); beside
officials who are not accused (the investigating officer, a police spokesman, a judge, an
officer who was the victim). Pakistani, Indian, Bangladeshi and Nepali reports, wire copy
from Romania, Bulgaria, Ghana, Peru and Kenya, local papers of Kenya, Lithuania, Georgia,
Kyrgyzstan and Ireland. Each paragraph one ledger (``tests.ledger.invented``); a probe the
ledger does not read yet is a strict xfail, its cause in ``not_yet``."""

from __future__ import annotations

import json
from typing import Any

import pytest
from spacy.language import Language

from tests.ledger.invented import invented_ledger
from tests.ledger.inventory import DATA

_PROBES = json.loads((DATA / "off75_official_probes.json").read_text("utf-8"))["probes"]


def _surname(name: str) -> str:
    return name.split()[-1]


@pytest.mark.parametrize(
    "probe",
    [
        pytest.param(
            p,
            id=f"{p['region']}-{_surname(p['accused'][0])}",
            marks=[pytest.mark.xfail(strict=True)] if p["not_yet"] else [],
        )
        for p in _PROBES
    ],
)
def test_official_probe(nlp: Language, probe: dict[str, Any]) -> None:
    ledger, names = invented_ledger(nlp, *probe["text"].split("||"))
    held: dict[str, set[str]] = {}
    for allegation in ledger.allegations:
        for a in allegation.accused:
            kinds = held.setdefault(_surname(names[a]), {"accusation"})
            kinds |= {"arrest" if e.kind == "charge" else e.kind for e in allegation.events}
    # by surname: the probes ask what the accused holds, not how NER cut a name
    assert not {_surname(n) for n in probe["not_accused"]} & held.keys()
    for person in probe["accused"]:
        assert set(probe["events"]) <= held.get(_surname(person), set()), person
