"""What the sentences of a document read so far told the ones after them.

Figures are read sentence by sentence, but a sentence leans on the ones before it: "136 were
arrested" counts the people counted last, "the raid on X" is the raid "Rangers raided X"
already told, and "Guard" is the "Coastal Guard" named before.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from corroborate.records import Measure

__all__ = ["Told"]


@dataclass
class Told:
    """The reading's memory of one document, updated as each sentence is read."""

    # the last count of people: its measure and its noun ("arrests", "target killers")
    people: tuple[Measure, str] | None = None
    # (sentence start, value) of the parts a sentence tells by kind ("of them, 15 were
    # foreigners"): another figure than a group's count of the same number
    parts: set[tuple[int, float]] = field(default_factory=set)
    raided: bool = False  # a single raid already read from this document
    weapons: bool = False  # weapons seized already read ("Of those guns, 50 were pistols")
    agency: str | None = None  # the last agency the document named
    agencies_seen: list[str] = field(default_factory=list)
    # the groups named so far, in text order ("the gang" is the last one named "... gang")
    groups_seen: list[str] = field(default_factory=list)
