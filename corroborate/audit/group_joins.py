"""What joining two spellings of one group does: the figures move to the name kept.

The audit joins a group's spellings in more than one way (``acronyms``: "TeN" for
"Tehreek-e-Nijaat"; ``short_names``: "Mengal gang" for "Rehmat Mengal gang"). Each way reads
the same rows and renames the figures the same way, so both are written here once: the rows
a join reads (``JoinableRow``, the report's ``GroupRow`` as a join sees it) and the renaming
(``renamed``); the report then drops each joined row and keeps its names as aliases.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from corroborate.records import EnforcementFigure

__all__ = ["JoinableRow", "renamed"]


class JoinableRow(Protocol):
    """A group's row as a join reads it: its name, its entity (a name the resolver made an
    entity of is the resolver's to join, never the audit's) and its aliases."""

    group: str
    entity_id: str | None
    aliases: list[str]


def renamed(figures: list[EnforcementFigure], joins: dict[str, str]) -> list[EnforcementFigure]:
    """``figures`` with each joined name (a key of ``joins``) under the name it is joined to;
    the very list where nothing was joined."""
    if not joins:
        return figures
    return [replace(f, group=joins[f.group]) if f.group in joins else f for f in figures]
