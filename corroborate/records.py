"""Typed records passed between the pipeline's stages.

Every record that points into a text carries character offsets: Python string
indices, end exclusive, so that ``document.text[start:end]`` is the quote.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal, get_args

Range = tuple[int, int]

Kind = Literal[
    "allegation",
    "confession",
    "denial",
    "retraction",
    "admission",
    "corroboration",
    "ruling",
    "opinion",
    "statement",
]
KINDS: tuple[Kind, ...] = get_args(Kind)

Setting = Literal["custodial", "judicial", "public", "unknown"]
SETTINGS: tuple[Setting, ...] = get_args(Setting)


@dataclass(frozen=True)
class Document:
    """One text to extract from, with where it came from (for error messages)."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date, or None when the source gives none
    title: str | None = None
    path: str | None = None  # the file it was read from
    line: int | None = None  # its line in that file (JSONL), 1-based


@dataclass(frozen=True)
class Quantity:
    """A number in an attribution's content and what it counts.

    Either ``value`` is set, or ``low`` and ``high`` (a range such as "250-300").
    ``start``/``end`` locate the number and its unit in the document text.
    """

    unit: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None  # "over", "about", "at least", ... as written

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.value is not None:
            out["value"] = _number(self.value)
        else:
            out["low"] = _number(self.low)
            out["high"] = _number(self.high)
        out["unit"] = self.unit
        if self.qualifier:
            out["qualifier"] = self.qualifier
        out["start"] = self.start
        out["end"] = self.end
        return out


def _number(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


@dataclass(frozen=True)
class AttributionFacts:
    """What the ledger needs to know of an attribution's text, read once where the text is
    (``nlp.facts``) and stored with the attribution, so that the ledger, built across
    documents, reads records and never the text again.

    ``quote``: the whole sentences that hold the source, cue and content (what a reader
    needs to check the event); ``date``: the day the quote says it happened, resolved against
    the publication date; ``act``: the crime the content names (names blanked), else the one
    its sentences name; ``denies``: the content rejects something ("baseless", "never");
    ``reports_confession``: the content says someone confessed, and ``reported_setting`` where
    (for an allegation, which has no setting of its own); ``own_party``: the content speaks of
    "the party"; ``names_accusations``: the quote names accusations, charges or confessions;
    ``quote_confession``: the quote names a confession in any form, and ``quote_custody`` the
    police, investigators or custody (with a confession, what the statement rests on);
    ``court_source``: the source's name is a court's; ``source_label``: the source's words
    when they describe someone ("the prosecution"), None for a pronoun or an indefinite
    phrase; ``named``: the names of people and organisations inside the content, in text
    order, less places, names that only modify a noun ("the Lyari gang war") and victims;
    ``target_modifiers``: the parts of the target phrase that only modify a noun after them
    ("two Rangers" in "two Rangers personnel"); ``target_office``: the office in a case
    ("court" or "prosecutor") of whom the target phrase stands for, as the parse gives it
    ("the trial judge"; "The justice said she regretted her remarks": she is the justice),
    and ``target_people``: the target phrase is a people ("the four Americans
    killed") - read from the parse at extraction (``nlp.attribution``); None and False
    where nothing read them (facts stored before they were read), which leaves the target
    as it was.
    """

    quote: Range
    date: str | None = None
    act: str | None = None
    denies: bool = False
    reports_confession: bool = False
    reported_setting: Setting | None = None
    own_party: bool = False
    names_accusations: bool = False
    quote_confession: bool = False
    quote_custody: bool = False
    court_source: bool = False
    source_label: str | None = None
    named: tuple[str, ...] = ()
    target_modifiers: tuple[str, ...] = ()
    target_office: str | None = None
    target_people: bool = False

    def to_json(self) -> dict[str, Any]:
        out = {name: getattr(self, name) for name in self.__dataclass_fields__}
        out.update(quote=list(self.quote), named=list(self.named),
                   target_modifiers=list(self.target_modifiers))  # fmt: skip
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AttributionFacts:
        fields: dict[str, Any] = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        quote = data["quote"]
        fields.update(
            quote=(int(quote[0]), int(quote[1])),
            named=tuple(data.get("named", ())),
            target_modifiers=tuple(data.get("target_modifiers", ())),
        )
        return cls(**fields)

    def shifted(self, offset: int) -> AttributionFacts:
        return replace(self, quote=(self.quote[0] + offset, self.quote[1] + offset))


@dataclass
class Attribution:
    """Who (source) attributes what (content) with which words (cue).

    Each role is a list of character ranges: several when the span is
    discontinuous, none when the role is absent (a source-less "it was alleged").

    ``complaint``: the content complains of unequal treatment ("discriminatory", "singled
    out"), not negated; decided where the text is read (``audit.complaints``) and stored,
    so that the audit reads the complaining rows alone. ``facts``: what the ledger needs of
    its text (``AttributionFacts``), read with the document's mentions at ingest; None where
    nothing read them (``extract`` alone, or an attribution made by hand), and the ledger then
    leaves the attribution out. ``speaker``: the name the source stands for, as written - its
    own name, or for "the party", "the group" the organisation last named before it that is no
    agency - decided where the text is read (``audit.speakers``) and stored, so that the
    audit looks a contesting source up by name without reading the text; None where the
    source has no name, "the party" follows no organisation, or nothing read it. None of
    the three is part of ``to_json`` (the ``extract`` output), which says what was said, not
    what the audit or the ledger makes of it. ``target_office`` and ``target_people``: what
    the parse says of the target phrase, read where the parse is (``nlp.attribution``) for
    the facts, which keep them (``AttributionFacts``); not stored otherwise, nor in
    ``to_json``. ``everyday_senses``: where in its sentences a crime word is used in an
    everyday sense ("her work to kill a proposal", "killing fields"), read from the parse
    (``nlp.acts.everyday_senses``) and blanked when the facts read the act; not stored, nor
    in ``to_json``. ``passing``: where its sentences name someone in passing ("work with the
    FBI", "young Arab men"), read from the parse (``nlp.passing``) and left out of the names
    the facts keep of the content (``AttributionFacts.named``); not stored, nor in
    ``to_json``.
    """

    source: list[Range]
    cue: list[Range]
    content: list[Range]
    source_name: str | None = None
    kind: Kind = "statement"
    setting: Setting = "unknown"
    target: str | None = None
    quantities: list[Quantity] = field(default_factory=list)
    complaint: bool = False
    facts: AttributionFacts | None = None
    speaker: str | None = None
    target_office: str | None = None
    target_people: bool = False
    everyday_senses: tuple[Range, ...] = ()
    passing: tuple[Range, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "source": [list(r) for r in self.source],
            "cue": [list(r) for r in self.cue],
            "content": [list(r) for r in self.content],
            "source_name": self.source_name,
            "kind": self.kind,
            "setting": self.setting,
            "target": self.target,
            "quantities": [q.to_json() for q in self.quantities],
        }

    def shifted(self, offset: int) -> Attribution:
        """The same attribution with every offset moved by ``offset`` (for chunks)."""

        def move(ranges: list[Range]) -> list[Range]:
            return [(s + offset, e + offset) for s, e in ranges]

        # ``replace`` keeps every field a later reading adds; only offsets are moved here
        # (a field left out of a hand-written copy was lost on every chunk but the first).
        return replace(
            self,
            source=move(self.source),
            cue=move(self.cue),
            content=move(self.content),
            quantities=[
                replace(q, start=q.start + offset, end=q.end + offset) for q in self.quantities
            ],
            facts=self.facts.shifted(offset) if self.facts else None,
            everyday_senses=tuple(move(list(self.everyday_senses))),
            passing=tuple(move(list(self.passing))),
        )


# --- Entities and the cross-document ledger -------------------------------------------------

EntityType = Literal["person", "organization", "place", "group"]
ENTITY_TYPES: tuple[EntityType, ...] = ("person", "organization", "place", "group")


@dataclass(frozen=True)
class Mention:
    """A person, organisation or place named in one document.

    ``text == document.text[start:end]``; ``name`` is the name as the text means it: titles,
    articles and possessives dropped, a pronoun or short form replaced by the full name the
    document gives ("He" -> "Uzair Jan Baloch"). ``alias`` is a second name the text
    declares for the same actor ("Jailer" in "X alias Jailer", "MQM" in "Muttahida Qaumi
    Movement (MQM)"), ``alias_kind`` how ("alias", "acronym"). ``organization`` and
    ``role`` are an affiliation the text states ("MQM worker X": "MQM", "worker").
    ``title_organization``: of a person, the organisation a title right before the name
    writes ("PRP information secretary X": "PRP"), read with the complaints
    (``audit.speakers``) so that the audit finds whom a spokesman speaks for in the stored
    mentions, not in the text.
    """

    start: int
    end: int
    text: str
    type: EntityType
    name: str
    label: str  # what found it: a spaCy label ("PERSON"), "acronym", "alias", "role"
    alias: str | None = None
    alias_kind: str | None = None
    organization: str | None = None
    role: str | None = None
    title_organization: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "name": self.name,
            "label": self.label,
            "alias": self.alias,
            "alias_kind": self.alias_kind,
            "organization": self.organization,
            "role": self.role,
            "title_organization": self.title_organization,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Mention:
        fields: dict[str, Any] = {k: data.get(k) for k in cls.__dataclass_fields__}
        return cls(**fields)


@dataclass(frozen=True)
class Alias:
    """One name an entity goes by, why it was joined to it, and the document that showed it."""

    name: str
    reason: str
    document_id: str | None = None


@dataclass(frozen=True)
class Affiliation:
    """Membership or office: ``role`` of the organisation ``organization`` (an entity id).

    ``date`` is when the text says so (its publication date): roles change over the years.
    """

    organization: str
    name: str
    role: str | None
    date: str | None
    document_id: str

    def to_json(self) -> dict[str, Any]:
        return {
            "organization": self.organization,
            "name": self.name,
            "role": self.role,
            "date": self.date,
            "document_id": self.document_id,
        }


@dataclass
class Entity:
    """One real-world actor across documents. ``id`` is derived from type and name only."""

    id: str
    name: str
    type: EntityType
    aliases: list[Alias] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": [a.name for a in self.aliases],
            "affiliations": [a.to_json() for a in self.affiliations],
        }


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
        if self.value is not None:
            out["value"] = _number(self.value)
        else:
            out["low"] = _number(self.low)
            out["high"] = _number(self.high)
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


# --- Enforcement figures (the even-handedness audit) -----------------------------------------

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
MEASURES: tuple[Measure, ...] = (
    "raids",
    "arrests",
    "weapons_seized",
    "killings",
    "cases",
    "convictions",
    "acquittals",
    "attributed_killings",
)
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
        if self.value is not None:
            out["value"] = _number(self.value)
        else:
            out["low"] = _number(self.low)
            out["high"] = _number(self.high)
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


# --- Claims: who did, suffered or decided what, read once per document ----------------------

ClaimKind = Literal[
    "ruling",
    "charge",
    "arrest",
    "confession",
    "denial",
    "retraction",
    "accusation",
    "crime",
    "role",
]
CLAIM_KINDS: tuple[ClaimKind, ...] = get_args(ClaimKind)
ParticipantRole = Literal[
    "accused",
    "victim",
    "court",
    "prosecutor",
    "defence",
    "investigator",
    "witness",
    "relative",
    "official",
]
PARTICIPANT_ROLES: tuple[ParticipantRole, ...] = get_args(ParticipantRole)


@dataclass(frozen=True)
class Participant:
    """A named party to a claim and the part the sentence gives them.

    ``name`` is the document's name for them (as in ``Mention.name``); ``start``/``end`` the
    words that name them in this sentence (a pronoun or "the accused" included). With
    ``members``, the party is a group of the organisation ``name``'s members.
    """

    name: str
    role: ParticipantRole
    start: int
    end: int
    members: str | None = None  # "13 workers of the MQM": name "MQM", members "workers"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "role": self.role,
            "start": self.start,
            "end": self.end,
        }
        if self.members:
            out["members"] = self.members
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Participant:
        return cls(
            str(data["name"]),
            data["role"],
            int(data["start"]),
            int(data["end"]),
            data.get("members"),
        )


@dataclass(frozen=True)
class Claim:
    """One reported legal or criminal act in one sentence, read from its grammar.

    ``kind``: a court's ``ruling`` (with its ``outcome``), a ``charge``, an ``arrest``, a
    ``confession`` (with its ``setting``), the accused's ``denial`` ("pleaded not guilty",
    "denied the charges") or ``retraction``, an ``accusation`` ("suspect X", "accused X of"),
    a ``crime`` told with its agent ("X shot Y"), or a ``role`` (the sentence only says who
    someone is: "Justice X", "X's lawyer Y"). ``start``/``end`` are the sentence's offsets,
    ``cue`` the words that tell the act; ``act`` the crime category (``nlp.acts``); ``date``
    the day the sentence says it happened, resolved against the publication date
    (``nlp.dates.event_date``, read at ingest with the attributions' facts, ``nlp.facts``);
    ``custodial_report`` the sentence tells of a confession and names the police,
    investigators or custody (read there too; see ``Event``).
    """

    kind: ClaimKind
    start: int
    end: int
    cue: Range
    participants: tuple[Participant, ...]
    outcome: str | None = None
    setting: Setting | None = None
    act: str | None = None
    date: str | None = None
    custodial_report: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "cue": list(self.cue),
            "participants": [p.to_json() for p in self.participants],
            "outcome": self.outcome,
            "setting": self.setting,
            "act": self.act,
            "date": self.date,
            "custodial_report": self.custodial_report,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Claim:
        cue = data["cue"]
        return cls(
            kind=data["kind"],
            start=int(data["start"]),
            end=int(data["end"]),
            cue=(int(cue[0]), int(cue[1])),
            participants=tuple(Participant.from_json(p) for p in data["participants"]),
            outcome=data.get("outcome"),
            setting=data.get("setting"),
            act=data.get("act"),
            date=data.get("date"),
            custodial_report=bool(data.get("custodial_report", False)),
        )

    def shifted(self, offset: int) -> Claim:
        """The same claim with every offset moved by ``offset`` (for chunks)."""
        return replace(
            self,
            start=self.start + offset,
            end=self.end + offset,
            cue=(self.cue[0] + offset, self.cue[1] + offset),
            participants=tuple(
                replace(p, start=p.start + offset, end=p.end + offset) for p in self.participants
            ),
        )
