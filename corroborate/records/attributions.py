"""Attributions: who (source) attributes what (content) with which words (cue), and the
numbers and facts read with them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal, get_args

from corroborate.records.dates import DateExpression
from corroborate.records.documents import Range
from corroborate.records.numbers import amount_json

__all__ = ["Kind", "KINDS", "Setting", "SETTINGS", "Quantity", "AttributionFacts", "Attribution"]


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
        out.update(amount_json(self.value, self.low, self.high))
        out["unit"] = self.unit
        if self.qualifier:
            out["qualifier"] = self.qualifier
        out["start"] = self.start
        out["end"] = self.end
        return out


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
    or "investigator" where investigators tell what investigators did ("Superintendent of
    Police X said police recovered the notes"),
    and ``target_people``: the target phrase is a people ("the four Americans
    killed") - read from the parse at extraction (``nlp.attribution``); None and False
    where nothing read them (facts stored before they were read), which leaves the target
    as it was. ``target_side``: the names the target phrase gives as its people's side
    ("five Harbour Party gunmen", "gunmen affiliated with the Harbour Party"; ``nlp.targets.
    side_names``), or, with no target, the side of those the content's act as a noun is done
    to ("the arrest of five gunmen associated with X"), read from the parse too: the only
    organisations the ledger falls back on as the accused of a target that names no one;
    empty where nothing read them. ``target_conjuncts``: the names co-ordinated with the
    target's head in the parse ("accused the Harbour Party and the Hill Front of ...",
    "said A, B and C had carried out ..."), each the accused as the target is; empty where
    the target is one name or nothing read them. ``when`` and ``after_the_fact``: the date
    expression the cue governs and whether the cue is a past perfect, as for a claim
    (``Claim``): ``date`` is the expression's, else the publication day; ``before_report``
    as a claim's.
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
    target_side: tuple[str, ...] = ()
    target_conjuncts: tuple[str, ...] = ()
    when: DateExpression | None = None
    after_the_fact: bool = False
    before_report: bool = False

    def to_json(self) -> dict[str, Any]:
        out = {name: getattr(self, name) for name in self.__dataclass_fields__}
        out.update(quote=list(self.quote), named=list(self.named),
                   when=self.when.to_json() if self.when else None,
                   target_modifiers=list(self.target_modifiers),
                   target_side=list(self.target_side),
                   target_conjuncts=list(self.target_conjuncts))  # fmt: skip
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AttributionFacts:
        fields: dict[str, Any] = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        quote = data["quote"]
        fields.update(
            quote=(int(quote[0]), int(quote[1])),
            named=tuple(data.get("named", ())),
            target_modifiers=tuple(data.get("target_modifiers", ())),
            target_side=tuple(data.get("target_side", ())),
            target_conjuncts=tuple(data.get("target_conjuncts", ())),
            when=DateExpression.from_json(data.get("when")),
        )
        return cls(**fields)

    def shifted(self, offset: int) -> AttributionFacts:
        when = self.when.shifted(offset) if self.when else None
        return replace(self, quote=(self.quote[0] + offset, self.quote[1] + offset), when=when)


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
    what the audit or the ledger makes of it. ``target_office``, ``target_people`` and
    ``target_side``: what the parse says of the target phrase, read where the parse is
    (``nlp.attribution``) for the facts, which keep them (``AttributionFacts``); not stored
    otherwise, nor in ``to_json`` (``target_side`` as where its names are, the facts keep the
    names; ``target_conjuncts`` the same for the names co-ordinated with the target's head).
    ``everyday_senses``: where in its sentences a crime word
    is used in an everyday sense ("her work to kill a proposal", "killing fields"), read from
    the parse (``nlp.acts.everyday_senses``) and blanked when the facts read the act; not
    stored, nor in ``to_json``. ``passing``: where its sentences name someone in passing
    ("work with the FBI", "young Arab men"), read from the parse (``nlp.passing``) and left
    out of the names the facts keep of the content (``AttributionFacts.named``); not stored,
    nor in ``to_json``.
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
    target_side: tuple[Range, ...] = ()  # where its names are; the facts keep the names
    target_conjuncts: tuple[Range, ...] = ()  # where its names are; the facts keep the names
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
            target_side=tuple(move(list(self.target_side))),
            target_conjuncts=tuple(move(list(self.target_conjuncts))),
        )
