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
    "Inference",
    "INFERENCES",
    "INFERRED_AS",
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

# The inferences that make an event of their own over an allegation's read events
# (``ledger.inferred_events``), by the name ``Event.inferred`` stores, with the words a reader
# is shown for the event ("inferred: confession told by its retraction"). A new inference is
# its name here, its words in ``INFERRED_AS``, and ``inferred=`` where it makes its event.
Inference = Literal[
    # ``ledger.retracted_confession``: a report tells a confession only by taking it back
    "confession_told_by_retraction",
    # ``ledger.standing_retraction``: a later report's denial tells the retraction on record
    "retraction_standing_in_denial",
    # ``ledger.described_elsewhere``: a step told by "the NOUN" whose bearer another report names
    "description_named_elsewhere",
]
INFERENCES: tuple[Inference, ...] = get_args(Inference)
INFERRED_AS: dict[Inference, str] = {
    "confession_told_by_retraction": "confession told by its retraction",
    "retraction_standing_in_denial": "retraction on record, told again by a later denial",
    "description_named_elsewhere": "told of a description another report of the case names",
}


@dataclass(frozen=True)
class Event:
    """One step in an allegation's history, quoted: ``quote == text[start:end]``.

    ``custodial_report``: the quote tells of a confession and names the police, investigators
    or custody, in its words or as its source ("according to the JIT report, he confessed"),
    read at ingest (``AttributionFacts``, ``Claim.custodial_report``): such a statement rests
    on a custodial confession (``ledger.status``). Not part of ``to_json``: the allegation's
    ``confession_only`` says what it means for the reader.

    ``date``: ISO, partial where the words name only a month or a year ("2019-03", "2019"):
    the date of ``date_text``, the expression the cue governs at ``date_start``/``date_end``
    (``Claim.when``), else the report's day; None where the report has no publication date
    (``date_value`` is still what the expression names: "2013"). ``before_report``: the
    event is only known to lie before ``date``, its report's day: told after the fact with no
    date of its own ("had retracted"), or dated by words no calendar resolves ("two weeks
    after the attack").
    ``retells_document``/``retells_start``: such an event is the event of the same kind (and
    outcome) an earlier report of the allegation gave, at that report's ``start``, told again
    (``ledger.dating.retold``).

    ``inferred``: None for an event a report reads; for one the ledger makes of another
    (``ledger.inferred_events``), the name of the inference that made it (``INFERENCES``): it
    quotes the words of the event it was made of (its report, offsets and quote), a
    confession the retraction's sentence, which ``shown_inference`` tells the reader.
    Corrections drop these events and infer again (``events_rejoined``).
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
    date_text: str | None = None
    date_start: int | None = None
    date_end: int | None = None
    date_value: str | None = None
    before_report: bool = False
    retells_document: str | None = None
    retells_start: int | None = None
    inferred: Inference | None = None

    @property
    def shown_date(self) -> str:
        """The date as a reader is shown it: "2019", "before 2022-09-30", "undated"."""
        if not self.date:  # a report with no publication date
            return f"{self.date_value} (report undated)" if self.date_value else "undated"
        if not self.before_report:
            return self.date
        again = f", told again from {self.retells_document}" if self.retells_document else ""
        return f"before {self.date}{again}"

    @property
    def shown_inference(self) -> str | None:
        """Why the event quotes another's words, as a reader is shown it: "inferred:
        confession told by its retraction"; None for an event a report reads."""
        return f"inferred: {INFERRED_AS[self.inferred]}" if self.inferred else None

    def to_json(self) -> dict[str, Any]:
        expression = None
        if self.date_text is not None:
            expression = {"text": self.date_text, "start": self.date_start, "end": self.date_end,
                          "value": self.date_value}  # fmt: skip
        return {
            "date": self.date,
            "date_expression": expression,
            "before_report": self.before_report,
            "retells": (
                {"document_id": self.retells_document, "start": self.retells_start}
                if self.retells_document is not None
                else None
            ),
            "inferred": self.inferred,
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
