"""Enforcement figures (the even-handedness audit): counts of actions against a group."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal, get_args

from corroborate.records.numbers import amount_json

__all__ = ["Measure", "MEASURES", "NONE_STATED", "EnforcementFigure"]


Measure = Literal[
    "raids",
    "arrests",
    "weapons_seized",
    "killings",
    "cases",
    "convictions",
    "acquittals",
    "attributed_killings",
]
# The fixed vocabulary. ``attributed_killings`` is the one extension: killings the reports lay
# at a group's door ("involved in 5,863 incidents of target killing"), the "reported violence"
# that enforcement is set against; the others count what was done to a group.
MEASURES: tuple[Measure, ...] = get_args(Measure)
NONE_STATED = "none stated"


@dataclass(frozen=True)
class EnforcementFigure:
    """A count of enforcement actions against a group, as one document reports it.

    ``group`` is the target as written (a name, "banned outfits", or "none stated"); the
    audit resolves it to the ledger's canonical entity. ``quote == text[start:end]`` is the
    sentence that gives the figure. ``date`` is the day of the statement (the day the text
    names, else the publication date); ``period`` what the text says the figure covers
    ("since September 4, 2013"), ``period_start`` that as an ISO date or month, when it can.
    ``agency_kinds``: the kinds of force the agency's name says, lower-case ("Pakistan Rangers
    Sindh": "rangers"), read with the figure (``audit.figures``) so that linking the accounts
    of one briefing compares stored words and reads no name with a pattern; not part of
    ``to_json``, which is the audit's contract.
    """

    measure: Measure
    group: str
    document_id: str
    quote: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    agency: str | None = None
    date: str | None = None
    period: str | None = None
    period_start: str | None = None
    agency_kinds: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The ``corroborate audit --format json`` figure: exactly the contract's keys."""
        out: dict[str, Any] = {"group": self.group, "measure": self.measure}
        out.update(amount_json(self.value, self.low, self.high))
        out.update(
            agency=self.agency,
            date=self.date,
            document_id=self.document_id,
            quote=self.quote,
            start=self.start,
            end=self.end,
        )
        return out

    def shifted(self, offset: int) -> EnforcementFigure:
        """The same figure with its offsets moved by ``offset`` (for chunks)."""
        return replace(self, start=self.start + offset, end=self.end + offset)
