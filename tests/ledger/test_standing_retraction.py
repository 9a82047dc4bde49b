"""A retraction on record still stands in a later report where the accused denies the deed
(``ledger.standing_retraction``): after "X withdrew his confession", a later report's "X, who
denied in his statement at the trial that he was ever at the shop, was convicted" tells the
retraction again, wherever the denial is made (his statement at the trial, his evidence) and
whatever its words. Near misses: a denial after a confession no report says was taken back, a denial
told before the retraction, and the report that reads the retraction itself, which keeps one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.ledger.standing_retraction import retractions_standing
from corroborate.records import Event
from tests.ledger.events import an_event
from tests.ledger.invented import invented_ledger
from tests.ledger.inventory import events_against

_CONFESSED = (
    "Police in Quetta arrested Rahim Khan on Monday in the killing of a shopkeeper. "
    "During interrogation at the police station, Rahim Khan confessed to killing the "
    "shopkeeper, police said."
)
_WITHDREW = (
    "Rahim Khan, who is accused of killing a shopkeeper in Quetta, withdrew his confession, "
    "telling the court that he had been beaten at the police station."
)
_DENIED_AT_TRIAL = (
    "A court in Quetta convicted Rahim Khan of killing a shopkeeper. Khan, who "
    "denied in his statement at the trial that he was ever at the shop, was sentenced to life "
    "imprisonment."
)
# another country, a retraction told by the lawyer, the later denial in evidence
_RETRACTED = (
    "Marisol Reyes, charged with poisoning her employer in Cebu, retracted her confession on "
    "Friday, her lawyer said."
)
_DENIES = (
    "Marisol Reyes, who is on trial for poisoning her employer in Cebu, denied poisoning "
    "anyone when she gave evidence."
)
# the deed denied in sworn evidence, with no word of a statement
_DISOWNED = (
    "Andre Campbell, charged with the robbery of a gas station in Kingston, has disowned the "
    "confession he made to detectives, his attorney said."
)
_SWORN = (
    "Andre Campbell, charged with the robbery of a gas station in Kingston, gave sworn "
    "evidence and denied robbing the gas station."
)


def _retractions(nlp: Language, name: str, *texts: str) -> dict[str, int]:
    ledger, _ = invented_ledger(nlp, *texts)
    found: dict[str, int] = {}
    for e in events_against(ledger, [name]) or []:
        if e.kind == "retraction":
            found[e.document_id] = found.get(e.document_id, 0) + 1
    return found


@pytest.mark.parametrize(
    ("name", "texts"),
    [
        ("Rahim Khan", (_CONFESSED, _WITHDREW, _DENIED_AT_TRIAL)),
        ("Marisol Reyes", (_RETRACTED, _DENIES)),
        ("Andre Campbell", (_DISOWNED, _SWORN)),
    ],
)
def test_a_later_denial_tells_the_retraction_on_record(
    nlp: Language, name: str, texts: tuple[str, ...]
) -> None:
    found = _retractions(nlp, name, *texts)
    last = f"d{len(texts) - 1}"
    assert found.get(last) == 1, found


def test_a_denial_after_a_confession_never_taken_back_retracts_nothing(nlp: Language) -> None:
    assert _retractions(nlp, "Rahim Khan", _CONFESSED, _DENIED_AT_TRIAL) == {}


def test_a_denial_before_the_retraction_retracts_nothing(nlp: Language) -> None:
    found = _retractions(nlp, "Andre Campbell", _SWORN, _DISOWNED)
    assert "d0" not in found


def _event(kind: str, document: str, setting: str | None = None, start: int = 0) -> Event:
    return an_event(kind, document, setting=setting, start=start)


def test_the_retraction_retold_keeps_its_setting_and_points_at_the_one_on_record() -> None:
    events = [
        _event("confession", "d0", "judicial"),
        _event("retraction", "d1", "judicial", start=40),
        _event("denial", "d2", "public"),
        _event("denial", "d2", None, start=90),
    ]
    out = retractions_standing(events)
    added = [e for e in out if e.kind == "retraction" and e.document_id == "d2"]
    assert len(added) == 1
    assert added[0].setting == "judicial"
    assert (added[0].retells_document, added[0].retells_start) == ("d1", 40)
    assert retractions_standing(out) == out  # a build again adds nothing


def test_a_report_with_its_own_retraction_and_the_retracting_report_gain_none() -> None:
    events = [
        _event("retraction", "d0", "custodial"),
        _event("denial", "d0"),
        _event("denial", "d1"),
        _event("retraction", "d1", "custodial", start=30),
    ]
    assert retractions_standing(events) == events
