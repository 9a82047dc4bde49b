"""Claims: who did, suffered or decided what, read once per document."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal, get_args

from corroborate.records.attributions import Setting
from corroborate.records.dates import DateExpression
from corroborate.records.documents import Range

__all__ = [
    "HELD_WITHOUT_CHARGE",
    "ClaimKind",
    "CLAIM_KINDS",
    "ParticipantRole",
    "PARTICIPANT_ROLES",
    "Participant",
    "DescribedParty",
    "Claim",
]


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
# The outcome of an arrest told with its charge negated ("detained without charge", "held
# without trial"): custody, and no charge - the ledger's status is not "charged" for it.
HELD_WITHOUT_CHARGE = "held without charge"
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
class DescribedParty:
    """An accused party a sentence tells only by "the NOUN" for a person ("the agent withdrew
    his confession") that its report ties to no name: the noun's lemma (``noun``) and the
    words that tell it. Never an entity - a name is only what the ledger may infer from
    another report of the same case that writes the noun beside a name
    (``ledger.described_elsewhere``); every other reader of claims ignores it."""

    noun: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"noun": self.noun, "start": self.start, "end": self.end}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DescribedParty:
        return cls(str(data["noun"]), int(data["start"]), int(data["end"]))


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
    investigators or custody (read there too; see ``Event``). ``when``: the date expression
    the cue governs (``nlp.event_dates``), with the date it names (``date`` is that, else
    the publication day); ``after_the_fact``: the cue is a past perfect ("had retracted").
    ``before_report``: the event is only known to lie before its report's day (``date``):
    told after the fact with no date of its own, or dated by words that name no calendar
    date ("two weeks after the attack"; ``nlp.facts``).
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
    when: DateExpression | None = None
    after_the_fact: bool = False
    before_report: bool = False
    # accused told only by an untied description (``DescribedParty``): kept apart from
    # ``participants`` so that nothing that reads parties sees them; a claim may hold only these
    described: tuple[DescribedParty, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out = {
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
            "when": self.when.to_json() if self.when else None,
            "after_the_fact": self.after_the_fact,
            "before_report": self.before_report,
        }
        if self.described:  # (absent where none: the claims of stores made before it)
            out["described"] = [d.to_json() for d in self.described]
        return out

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
            when=DateExpression.from_json(data.get("when")),
            after_the_fact=bool(data.get("after_the_fact", False)),
            before_report=bool(data.get("before_report", False)),
            described=tuple(DescribedParty.from_json(d) for d in data.get("described") or ()),
        )

    def shifted(self, offset: int) -> Claim:
        """The same claim with every offset moved by ``offset`` (for chunks)."""
        return replace(
            self,
            start=self.start + offset,
            end=self.end + offset,
            cue=(self.cue[0] + offset, self.cue[1] + offset),
            when=self.when.shifted(offset) if self.when else None,
            participants=tuple(
                replace(p, start=p.start + offset, end=p.end + offset) for p in self.participants
            ),
            described=tuple(
                replace(d, start=d.start + offset, end=d.end + offset) for d in self.described
            ),
        )
