"""A group written as its acronym by one outlet and in full by another: one group.

The resolver joins "Tehreek-e-Nijaat (TeN)" where a document spells the pair out; an outlet
that writes only "19 TeN activists", or "the CBU cartel" beside "the Cártel del Bajío Unido",
leaves a second name for the one group, and the outlets' figures are never compared. A name
that is an acronym ("TeN", "CBU", "NLFB") is joined to the one other group name whose
initials it spells - every word's and every hyphenated part's ("Tehreek-e-Nijaat": T, e, N),
or the capitalised ones' alone, past "of" and "del" ("Cártel del Bajío Unido": C, B, U) - and
to none when two names spell it. An acronym the resolver made an entity of is left as it is.
"""

from __future__ import annotations

from collections.abc import Mapping

from corroborate.audit.group_joins import JoinableRow, renamed
from corroborate.records import EnforcementFigure

__all__ = ["acronym_of", "join_acronyms"]


def acronym_of(acronym: str, name: str) -> bool:
    """Whether ``acronym`` spells the initials of ``name`` (case aside). Stored names are
    compared, as the spelling keys are: no text is read here."""
    if not _is_acronym(acronym) or acronym == name:
        return False
    parts = name.replace("-", " ").split()
    if len(parts) < 2:
        return False
    every = "".join(p[0] for p in parts)
    capitals = "".join(p[0] for p in parts if p[0].isupper())
    return acronym.lower() in (every.lower(), capitals.lower())


def _is_acronym(name: str) -> bool:
    """One word of two to six letters, two capitals or more: "TeN", "CBU" (not "Sangh")."""
    return 2 <= len(name) <= 6 and name.isalpha() and sum(c.isupper() for c in name) >= 2


def join_acronyms(
    figures: list[EnforcementFigure], rows: Mapping[str, JoinableRow]
) -> tuple[list[EnforcementFigure], dict[str, str]]:
    """``figures`` with each group that is the acronym of exactly one other group's name
    under that name, and the joins made (acronym -> name); the caller drops the acronyms'
    rows and keeps each as its name's alias."""
    names = list(rows)
    joins: dict[str, str] = {}
    for acronym in names:
        if rows[acronym].entity_id is not None:
            continue  # the resolver made it an entity: its name is the resolver's to join
        spelled = [n for n in names if n != acronym and acronym_of(acronym, n)]
        if len(spelled) == 1 and not _is_acronym(spelled[0]):
            joins[acronym] = spelled[0]
    return renamed(figures, joins), joins
