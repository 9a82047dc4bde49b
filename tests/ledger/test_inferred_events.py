"""A correction's merge gives the inferences a build over the joined reports gives
(``ledger.inferred_events``): each allegation was built with its own inferred events (a
confession told only by a report's retraction, a retraction standing in a later report's
denial); joined with an allegation whose reports read that confession or that retraction,
the inferred one goes, as a build over both would never have made it. Near misses: where the
other allegation reads nothing of that kind in that report the inferred event stays; an
inference run again adds nothing. The inferred events are told by their mark
(``Event.inferred``), never by their shape: a report may read a confession and its retraction
in one sentence, and that confession, read, has the words of the retraction too."""

from __future__ import annotations

import pytest

from corroborate.ledger.corrections import Correction, apply_corrections
from corroborate.ledger.event_order import event_order
from corroborate.ledger.inferred_events import events_inferred, events_rejoined
from corroborate.ledger.link import allegation_id
from corroborate.ledger.status import confession_only, status_of
from corroborate.records import INFERENCES, INFERRED_AS, Allegation, Entity, Event, Ledger

# Invented: two reports of one killing, the accused spelled "Tomasz Wirth" in one and
# "T. Wirt" in the other, read as two people until a reader merges them.
_D1 = "Wirth told detectives at the Gdansk station that he had stabbed the ferryman."
_D1_TAKEN_BACK = "At trial Wirth withdrew what he had told detectives."
_D2 = "Wirt, giving evidence in his own defence, said he never touched the ferryman."
_D2_TAKEN_BACK = "Wirt told the appeal court the statement was beaten out of him."
_D3_BOTH = "Wirth had confessed to the detectives, and has since withdrawn every word of it."
_D4 = "Wirt's counsel said his client had nothing to do with the ferryman's death."


def _event(kind: str, document: str, quote: str, start: int, setting: str | None = None,
           date: str = "2024-03-01", before_report: bool = False) -> Event:  # fmt: skip
    return Event(date, kind, None, setting, None, document, quote, start,  # type: ignore[arg-type]
                 start + len(quote), before_report=before_report)  # fmt: skip


_READ_CONFESSION = _event("confession", "d1", _D1, 0, "custodial")
_RETRACTION = _event("retraction", "d1", _D1_TAKEN_BACK, 100, "judicial")
_DENIAL = _event("denial", "d2", _D2, 0, date="2024-09-01")
_READ_RETRACTION = _event("retraction", "d2", _D2_TAKEN_BACK, 120, "judicial", "2024-09-01")
# One sentence read twice: a confession told after the fact ("had confessed": before its
# report, no date words, no source) and its retraction, at the same offsets.
_BOTH_CONFESSED = _event("confession", "d3", _D3_BOTH, 0, "custodial", "2024-06-01", True)
_BOTH_TAKEN_BACK = _event("retraction", "d3", _D3_BOTH, 0, None, "2024-06-01")
_LATER_DENIAL = _event("denial", "d4", _D4, 0, date="2024-10-01")


def _allegation(entity: str, events: list[Event]) -> Allegation:
    # as a build makes it: the read events in time order, and what the ledger infers of them
    inferred = events_inferred(sorted(events, key=event_order))
    status = status_of(inferred, set())
    return Allegation(allegation_id(entity, "killing"), [entity], "killing", [], status,
                      confession_only(inferred), [], inferred)  # fmt: skip


def _merged(first: list[Event], second: list[Event]) -> list[Event]:
    ledger = Ledger(
        entities=[Entity("ent_a", "Tomasz Wirth", "person"), Entity("ent_b", "T. Wirt", "person")],
        allegations=[_allegation("ent_a", first), _allegation("ent_b", second)],
    )
    merge = Correction("c1", "merge", {"entities": ["ent_a", "ent_b"]}, "one man", "r", "t")
    [joined] = apply_corrections(ledger, [merge]).allegations
    return joined.events


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a confession inferred from d1's retraction, and d1's confession read for the other
        ([_RETRACTION], [_READ_CONFESSION]),
        # a retraction inferred from d2's denial, and d2's retraction read for the other
        ([_READ_CONFESSION, _RETRACTION, _DENIAL], [_READ_RETRACTION]),
        # near misses: the other allegation reads nothing of that kind in that report
        ([_RETRACTION], [_DENIAL]),
        ([_READ_CONFESSION, _RETRACTION], [_DENIAL]),
        # a read confession with its retraction's words, and a later denial
        ([_BOTH_CONFESSED, _BOTH_TAKEN_BACK], [_LATER_DENIAL]),
        ([_LATER_DENIAL], [_BOTH_CONFESSED, _BOTH_TAKEN_BACK]),
    ],
)
def test_a_merge_gives_what_a_build_over_both_gives(
    first: list[Event], second: list[Event]
) -> None:
    built = events_inferred(sorted(first + second, key=event_order))
    assert _merged(first, second) == built


def test_the_inferred_confession_goes_where_the_report_reads_its_own() -> None:
    events = _merged([_RETRACTION], [_READ_CONFESSION])
    assert [(e.kind, e.setting) for e in events if e.document_id == "d1"] == [
        ("confession", "custodial"),
        ("retraction", "judicial"),
    ]


def test_inferences_run_again_add_nothing() -> None:
    built = events_inferred(sorted([_READ_CONFESSION, _RETRACTION, _DENIAL], key=event_order))
    assert [e.kind for e in built].count("retraction") == 2
    assert events_rejoined(built) == built


def test_a_read_confession_with_its_retraction_s_words_is_kept() -> None:
    # A correction once took it for the confession the ledger makes of a retraction (the same
    # words, no source, no date words, told after the fact) and dropped it: the report then
    # lost its custodial confession for an inferred one of unknown setting.
    events = _merged([_BOTH_CONFESSED, _BOTH_TAKEN_BACK], [_LATER_DENIAL])
    assert [(e.kind, e.setting) for e in events if e.document_id == "d3"] == [
        ("confession", "custodial"),
        ("retraction", None),
    ]
    assert [e.kind for e in events if e.document_id == "d4"] == ["denial", "retraction"]


def test_each_inferred_event_carries_the_name_of_the_inference_that_made_it() -> None:
    built = events_inferred(sorted([_RETRACTION, _DENIAL], key=event_order))
    assert [(e.document_id, e.kind, e.inferred) for e in built] == [
        ("d1", "confession", "confession_told_by_retraction"),
        ("d1", "retraction", None),
        ("d2", "denial", None),
        ("d2", "retraction", "retraction_standing_in_denial"),
    ]
    # near misses: what the reports read carries no mark
    read = events_inferred(sorted([_READ_CONFESSION, _RETRACTION], key=event_order))
    assert [e.inferred for e in read] == [None, None]


def test_the_mark_is_in_the_ledger_json_and_shown_in_words() -> None:
    [made, taken_back] = events_inferred([_RETRACTION])
    assert made.to_json()["inferred"] == "confession_told_by_retraction"
    assert made.shown_inference == "inferred: confession told by its retraction"
    assert taken_back.to_json()["inferred"] is None and taken_back.shown_inference is None
    assert set(INFERRED_AS) == set(INFERENCES)  # every inference has its words
