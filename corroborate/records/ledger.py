"""The cross-document ledger: allegations, their events and outcomes over time."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from corroborate.records.attributions import Setting
from corroborate.records.entities import Entity
from corroborate.records.numbers import amount_json

__all__ = [
    "EventKind",
    "EVENT_KINDS",
    "Status",
    "STATUSES",
    "Event",
    "Figure",
    "Allegation",
    "Ledger",
]


EventKind = Literal[
    "allegation",
    "confession",
    "denial",
    "retraction",
    "admission",
    "corroboration",
    "charge",
    "ruling",
    # The text presents someone as accused or suspected ("the main suspect, X"; "X shot
    # Y") without a source: it places them in the case, and supports nothing by itself.
    "report",
]
EVENT_KINDS: tuple[EventKind, ...] = get_args(EventKind)
Status = Literal[
    "alleged",
    "contested",
    "corroborated",
    "retracted",
    "charged",
    "convicted",
    "acquitted",
    "upheld",
    "overturned",
    "dismissed",
]
STATUSES: tuple[Status, ...] = get_args(Status)


@dataclass(frozen=True)
class Event:
    """One step in an allegation's history, quoted: ``quote == text[start:end]``.

    ``custodial_report``: the quote tells of a confession and names the police, investigators
    or custody, in its words or as its source ("according to the JIT report, he confessed"),
    read at ingest (``AttributionFacts``, ``Claim.custodial_report``): such a statement rests
    on a custodial confession (``ledger.status``). Not part of ``to_json``: the allegation's
    ``confession_only`` says what it means for the reader.
    """

    date: str | None
    kind: EventKind
    outcome: str | None
    setting: Setting | None
    source: str | None
    document_id: str
    quote: str
    start: int
    end: int
    custodial_report: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "kind": self.kind,
            "outcome": self.outcome,
            "setting": self.setting,
            "source": self.source,
            "document_id": self.document_id,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Figure:
    """A figure given for an allegation ("198 people"), by whom and when."""

    unit: str
    date: str | None
    source: str | None
    document_id: str
    value: float | None = None
    low: float | None = None
    high: float | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        out.update(amount_json(self.value, self.low, self.high))
        out.update(unit=self.unit, date=self.date, source=self.source, document_id=self.document_id)
        return out


@dataclass
class Allegation:
    """What is alleged against whom, with its events in time order and a derived status."""

    id: str
    accused: list[str]  # entity ids
    act: str
    alleged_by: list[str]
    status: Status
    confession_only: bool
    quantities: list[Figure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "accused": list(self.accused),
            "act": self.act,
            "alleged_by": list(self.alleged_by),
            "status": self.status,
            "confession_only": self.confession_only,
            "quantities": [q.to_json() for q in self.quantities],
            "events": [e.to_json() for e in self.events],
        }


@dataclass
class Ledger:
    """Entities and allegations: the JSON contract of ``corroborate ledger --format json``."""

    entities: list[Entity] = field(default_factory=list)
    allegations: list[Allegation] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "entities": [e.to_json() for e in self.entities],
            "allegations": [a.to_json() for a in self.allegations],
        }

    def canonical(self) -> Ledger:
        """This ledger in its canonical order: entities by (type, name, id), allegations by
        (the principal accused's name, act, id). The store reads it back in this order, so
        an update can insert rows without renumbering the rest, and a full build gives it."""
        by_id = {e.id: e for e in self.entities}

        def principal(a: Allegation) -> str:
            e = by_id.get(a.accused[0]) if a.accused else None
            return e.name if e is not None else ""

        return Ledger(
            entities=sorted(self.entities, key=lambda e: (e.type, e.name, e.id)),
            allegations=sorted(self.allegations, key=lambda a: (principal(a), a.act, a.id)),
        )
