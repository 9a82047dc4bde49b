"""Mentions of people, organisations and places in one document, and the entities they
resolve to across documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["EntityType", "ENTITY_TYPES", "Mention", "Alias", "Affiliation", "Entity"]


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
    mentions, not in the text. ``description``: of a person, the lemma of the noun this
    mention is written beside ("the agent, X", "X, the agent", "driver X": "agent"), read by
    the claim reader (``DescribedPeople``); what another report's untied "the agent" may be
    joined to (``ledger.described_elsewhere``).
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
    description: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
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
        if self.description:  # (absent where none, as in the stores made before it)
            out["description"] = self.description
        return out

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
