"""The ledger of the bundled fictional case file: the story it was written to tell."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from corroborate.ledger.acts import GENERIC
from corroborate.ledger.build import build_ledger
from corroborate.records import Allegation, Ledger
from tests.conftest import REPO, analyse_rows


@pytest.fixture(scope="module")
def ledger(nlp: Language) -> Ledger:
    path = REPO / "examples" / "case-file.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return build_ledger(analyse_rows(nlp, rows))


def _allegation(ledger: Ledger, name: str, act: str) -> Allegation:
    ids = {e.id for e in ledger.entities if e.name == name}
    found = [a for a in ledger.allegations if ids & set(a.accused) and a.act == act]
    assert found, [(a.accused, a.act) for a in ledger.allegations]
    return found[0]


def test_custodial_confession_retracted_then_acquitted(ledger: Ledger) -> None:
    killing = _allegation(ledger, "Tariq Noor", "killing")
    kinds = [(e.kind, e.setting) for e in killing.events]
    assert ("confession", "custodial") in kinds
    assert ("retraction", "judicial") in kinds
    assert killing.status == "acquitted"
    # Nothing but the confession made to the Guard ever supported it.
    assert killing.confession_only is True
    dates = [e.date for e in killing.events if e.date]
    assert dates == sorted(dates)


def test_judicial_confession_and_conviction(ledger: Ledger) -> None:
    killing = _allegation(ledger, "Kamran Vell", "killing")
    assert ("confession", "judicial") in [(e.kind, e.setting) for e in killing.events]
    assert killing.status == "convicted"
    assert killing.confession_only is False


def test_one_entity_for_the_guard(ledger: Ledger) -> None:
    guards = [e for e in ledger.entities if "Guard" in e.name and e.type == "organization"]
    assert [e.name for e in guards] == ["Coastal Guard"]
    assert "Guard" in [a.name for a in guards[0].aliases]


def test_judges_are_never_accused(ledger: Ledger) -> None:
    accused = {e.name for a in ledger.allegations for e in ledger.entities if e.id in a.accused}
    assert accused, "the case file accuses someone"
    # The case file's judges rule on cases; "the judge noted ..." accuses no judge.
    assert not accused & {"Tomas Adebayo", "Mariam Castell"}
    # "Two co-accused were acquitted" is not an acquittal of Kamran Vell.
    vell = [a for a in ledger.allegations for e in ledger.entities
            if e.id in a.accused and e.name == "Kamran Vell"]  # fmt: skip
    assert all(a.status != "acquitted" for a in vell)


def test_torture_is_not_laid_at_the_door_of_the_tortured(ledger: Ledger) -> None:
    # "his confession was extracted under torture": how a confession was obtained, said by
    # the accused man's party; neither he nor the party is accused of coercion
    names = {e.id: e.name for e in ledger.entities}
    coerced = [names[p] for a in ledger.allegations if a.act == "coercion" for p in a.accused]
    assert not {"Tariq Noor", "United Harbour Front"} & set(coerced), coerced


def test_a_worker_named_beside_his_party_is_not_the_party_s_workers(ledger: Ledger) -> None:
    # "A worker of the PRP, Kamran Vell alias Tiger, confessed"; "sentenced Kamran Vell, a
    # former PRP worker": the killing is Vell's, not a group of the party's workers
    names = {e.id: e.name for e in ledger.entities}
    killers = {names[p] for a in ledger.allegations if a.act == "killing" for p in a.accused}
    assert "Kamran Vell" in killers
    assert "PRP workers" not in killers, killers


def test_the_accused_belong_to_their_parties(ledger: Ledger) -> None:
    # "Kamran Vell alias Tiger, a former People's Reform Party worker"; "Tariq Noor alias
    # Doctor, the United Harbour Front worker whom ...": what the audit counts per party
    by_id = {e.id: e for e in ledger.entities}

    def parties(name: str) -> set[str]:
        [person] = [e for e in ledger.entities if e.name == name]
        orgs = [by_id[a.organization] for a in person.affiliations]
        return {n for o in orgs for n in [o.name, *(a.name for a in o.aliases)]}

    assert "People's Reform Party" in parties("Kamran Vell")
    assert "United Harbour Front" in parties("Tariq Noor")


def test_a_confession_naming_no_act_joins_the_one_it_retracts(ledger: Ledger) -> None:
    # "a confession he had retracted at the first opportunity" (pm-007) names no act, and
    # pm-007 reports the killings: it joins that allegation. "His confession was extracted
    # under torture" (pm-002) names none either, but the record holds two confessions (to
    # the killings, and "admitted to collecting extortion money"): which one it retracts
    # the reports do not say, so it stays apart, visibly, under the generic act
    killing = _allegation(ledger, "Tariq Noor", "killing")
    told = {(e.document_id, e.kind) for e in killing.events}
    assert ("pm-007", "retraction") in told
    extortion = _allegation(ledger, "Tariq Noor", "extortion")
    assert ("pm-001", "confession") in {(e.document_id, e.kind) for e in extortion.events}
    ids = {e.id for e in ledger.entities if e.name == "Tariq Noor"}
    apart = {(e.document_id, e.kind) for a in ledger.allegations
             if ids & set(a.accused) and a.act == GENERIC for e in a.events}  # fmt: skip
    assert {("pm-002", "confession"), ("pm-002", "retraction")} <= apart
    assert ("pm-007", "retraction") not in apart


def test_the_party_spokesman_confessed_to_nothing(ledger: Ledger) -> None:
    # the spokesman tells of men shown on television confessing and of detainees forced to
    # confess: he is the teller, no confessor
    names = {e.id: e.name for e in ledger.entities}
    confessors = {names[p] for a in ledger.allegations for e in a.events
                  if e.kind == "confession" for p in a.accused}  # fmt: skip
    assert "Daniyal Rahimov" not in confessors, confessors
