"""The ledger's event dates from the expressions read at ingest (``nlp.event_dates``):
partial dates in time order, an event told after the fact placed before its report and
marked as the retelling of the same event on record earlier (``ledger.dating``); invented
reports."""

from __future__ import annotations

from spacy.language import Language

from corroborate.ledger.build import build_ledger
from corroborate.ledger.dating import retold
from corroborate.records import Event, Ledger
from corroborate.records.ledger import EventKind
from tests.conftest import analyse_rows


def _events(ledger: Ledger, name: str, kind: str) -> list[Event]:
    ids = {e.id for e in ledger.entities if e.name == name}
    return [
        e for a in ledger.allegations if ids & set(a.accused) for e in a.events if e.kind == kind
    ]


def test_a_retraction_told_again_is_the_one_on_record(nlp: Language) -> None:
    rows = [
        {"id": "first", "published": "2031-06-12",
         "text": "Omar Lind retracted his confession before the Portvale court on Monday."},
        {"id": "later", "published": "2031-09-30",
         "text": "Omar Lind had retracted his confession, his lawyer told reporters."},
    ]  # fmt: skip
    ledger = build_ledger(analyse_rows(nlp, rows))
    first, later = _events(ledger, "Omar Lind", "retraction")
    assert (first.document_id, first.date, first.date_text) == ("first", "2031-06-09", "Monday")
    assert first.date_value == "2031-06-09" and not first.before_report
    assert later.document_id == "later" and later.before_report and later.date == "2031-09-30"
    assert (later.retells_document, later.retells_start) == ("first", first.start)
    assert later.shown_date == "before 2031-09-30, told again from first"
    assert later.to_json()["retells"] == {"document_id": "first", "start": first.start}


def test_a_conviction_told_with_its_year_comes_before_the_acquittal(nlp: Language) -> None:
    """Told in the same report after the acquittal, a conviction "in 2019" is dated 2019
    (a partial date) and sorts first: the status is the acquittal."""
    text = (
        "The High Court in Portvale on Tuesday acquitted Omar Lind of murder. "
        "A trial court had convicted Omar Lind in 2019."
    )
    ledger = build_ledger(analyse_rows(nlp, [{"id": "r", "published": "2031-06-12", "text": text}]))
    ids = {e.id for e in ledger.entities if e.name == "Omar Lind"}
    [allegation] = [a for a in ledger.allegations if ids & set(a.accused) and a.act == "killing"]
    rulings = [(e.date, e.outcome) for e in allegation.events if e.kind == "ruling"]
    assert rulings == [("2019", "convicted"), ("2031-06-10", "acquitted")]
    assert allegation.status == "acquitted"
    [convicted] = [e for e in allegation.events if e.outcome == "convicted"]
    assert convicted.to_json()["date_expression"] == {
        "text": "2019", "start": text.index("2019"), "end": text.index("2019") + 4,
        "value": "2019",
    }  # fmt: skip


def _event(document_id: str, kind: EventKind, *, before: bool = False) -> Event:
    return Event("2031-06-12", kind, None, None, None, document_id, "q", 0, 1,
                 before_report=before)  # fmt: skip


def test_only_an_event_told_after_the_fact_retells() -> None:
    events = [
        _event("a", "retraction"),
        _event("b", "retraction"),  # dated by its own report: a retraction of its own
        _event("c", "confession", before=True),  # nothing of its kind before it
        _event("d", "retraction", before=True),  # the first report's, told again
        _event("a", "denial"),
        _event("a", "denial", before=True),  # the same report: not a retelling
    ]
    assert [e.retells_document for e in retold(events)] == [None, None, None, "a", None, None]
