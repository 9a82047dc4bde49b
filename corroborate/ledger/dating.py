"""An event's date fields from what ingest read of its cue (``Claim.when``,
``AttributionFacts.when``): the expression's words and offsets, and whether the event is only
known to lie before its report; and which event an event told after the fact retells. Pure
over stored records."""

from __future__ import annotations

from dataclasses import replace

from corroborate.records import DateExpression, Event

__all__ = ["dated", "retold"]


def dated(
    when: DateExpression | None, before_report: bool
) -> tuple[str | None, int | None, int | None, str | None, bool]:
    """``Event``'s ``date_text``, ``date_start``, ``date_end``, ``date_value`` and
    ``before_report``."""
    if when is None:
        return None, None, None, None, before_report
    return when.text, when.start, when.end, when.value, before_report


def retold(events: list[Event]) -> list[Event]:
    """``events`` (one allegation's, in time order) with each event told after the fact that
    has no date of its own (``Event.before_report``) marked as retelling the first event of
    the same kind (and outcome) an earlier report already gave: "Vell had retracted his
    confession" is the retraction on record, told again, not a second one."""
    first: dict[tuple[str, str | None], Event] = {}
    out: list[Event] = []
    for e in events:
        key = (e.kind, e.outcome)
        told = first.get(key)
        if e.before_report and told is not None and told.document_id != e.document_id:
            e = replace(e, retells_document=told.document_id, retells_start=told.start)
        first.setdefault(key, e)
        out.append(e)
    return out
