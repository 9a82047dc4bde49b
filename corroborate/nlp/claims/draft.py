"""Claims under construction: a named party (``Named``) and a claim being read (``Draft``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Token

from corroborate.records import ClaimKind, ParticipantRole, Setting

__all__ = [
    "UNTIED_MARK",
    "Draft",
    "Named",
    "accusation_of",
    "confession_of",
    "named_accused",
    "untied_noun",
]

# The start of the name of an accused told only by an untied "the NOUN" (``untied``): no
# mention's name starts with a parenthesis, so no name the reader follows is ever one.
UNTIED_MARK = "(untied) "


def untied_noun(name: str) -> str | None:
    """The description noun of an untied party's name, None for any other name."""
    return name[len(UNTIED_MARK) :] if name.startswith(UNTIED_MARK) else None


class Named(NamedTuple):
    """A party as the sentence names it; ``members``: it stands for members of ``name``
    ("13 workers of the MQM": name "MQM", members "workers")."""

    name: str
    start: int
    end: int
    members: str | None = None
    resolved: bool = False  # found by resolving a pronoun or "the accused"


@dataclass
class Draft:
    """A claim being read from one sentence: its kind, cue, outcome and parties so far."""

    kind: ClaimKind
    cue: Token
    outcome: str | None = None
    listing: bool = False  # "the accused are X, Y and Z"
    besides: bool = False  # "the other accused included X, Y": more than those followed
    unnamed_plural: bool = False  # a ruling on "16 policemen", named nowhere in its sentence
    # the clause whose act is the claim's, when not the cue's own: "rumours that he had
    # committed blasphemy" in a sentence that tells he was beaten to death
    scope: Token | None = None
    # the confession noun of a confession told only by its retraction ("X retracted his
    # confession"): its setting is the noun's own, never the retraction's
    taken_back: Token | None = None
    # where the accused spoke, when the reader that made the draft has read it already from
    # a noun not its cue ("in a statement recorded under Section 164, he said": the statement's)
    setting: Setting | None = None
    parties: dict[tuple[str, int], tuple[ParticipantRole, Named]] = field(default_factory=dict)
    # accused told only by an untied "the NOUN" (``untied``), set apart from ``parties`` once
    # the sentence is read, so that nothing the reader remembers holds them
    described: list[Named] = field(default_factory=list)
    # a confession read only from a deed admitted bare ("X admitted fishing in a protected
    # area") with no crime context in its sentence: it stands only if another claim of the
    # report accuses its maker (``admitted_deed``, ``Reader.run``); until then it makes no one
    # accused for the sentences after it
    wants_context: bool = False

    @property
    def accused(self) -> list[Named]:
        """The parties read as accused, in the order they were added."""
        return [n for role, n in self.parties.values() if role == "accused"]

    def add(self, named: Iterable[Named], role: ParticipantRole) -> None:
        for n in named:
            self.parties.setdefault((n.name, n.start), (role, n))


def accusation_of(cue: Token, accused: list[Named]) -> list[Draft]:
    """An accusation at ``cue`` with ``accused`` as the accused, or none when there is no one:
    the last step of every reader that finds its accused first and tells the accusation only
    where it found someone (sought, wanted on a warrant, at large, named as suspects ...)."""
    if not accused:
        return []
    draft = Draft("accusation", cue)
    draft.add(accused, "accused")
    return [draft]


def confession_of(cue: Token, confessors: list[Named]) -> list[Draft]:
    """A confession at ``cue`` by ``confessors`` as the accused, or none when there is no one:
    the last step of every reader of a confession told round about (to the police, on video,
    as an answer of yes, inside another's report)."""
    if not confessors:
        return []
    draft = Draft("confession", cue)
    draft.add(confessors, "accused")  # ``Draft.add`` keeps each name once
    return [draft]


def named_accused(name: str, accused: set[str]) -> bool:
    """Whether ``name`` is one the report accuses so far (``accused``, full names): the name
    itself, or a surname not yet joined to its full name ("Police arrested Ram Prasad Gurung
    ... Gurung told the court")."""
    return name in accused or any(a.endswith(" " + name) for a in accused)
