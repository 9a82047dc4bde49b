"""The order of an allegation's events, one key for the build and the corrections.

Events go by date (an event known only to lie before its report's day,
``Event.before_report``, before the events of that day), then report and place in it. Among
the rulings of one sentence a first award (sentenced, convicted) goes before what was decided
of it or after it ("the sentences awarded to X were set aside", "X, who had been sentenced
to 16 years, was acquitted"), so that the allegation's status is the later step. A
correction that joins two allegations orders their events with the same key, so that the
joined status is the one a build would give.
"""

from __future__ import annotations

from corroborate.records import Event

__all__ = ["event_order", "place_in_report"]

_FIRST_AWARDS = frozenset({"sentenced", "convicted"})


def place_in_report(event: Event) -> tuple[str, int, int]:
    """Events by report and place in it, a first award first: ``event_order`` without the
    date (the build keeps the first of the steps that tell one sentence, whatever date each
    gives it)."""
    later = 0 if event.kind == "ruling" and event.outcome in _FIRST_AWARDS else 1
    return (event.document_id, event.start, later)


def event_order(event: Event) -> tuple[str, int, str, int, int]:
    """Events in the order they happened: date, then ``place_in_report``."""
    return (event.date or "", 0 if event.before_report else 1, *place_in_report(event))
