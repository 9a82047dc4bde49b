"""What a bare admission leaves out (``data/admitted_deeds.json``), as one typed object.

A gerund admitted ("X admitted fishing in a protected area") is the admitter's own deed, and
so a confession, unless the gerund tells a state, knowing or meeting ("admitted knowing the
buyer", ``no_deed_gerunds``); and only by one the report may accuse: an admitter described by a
role noun (``legal.json`` ``role_nouns``) is no accused by it unless the role is one of
``confessing_roles`` ("his cousin X, who admitted his part": a relative confesses too).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from corroborate.lexicon import load_data

__all__ = ["AdmittedDeedWords", "admitted_deed_words"]


@dataclass(frozen=True)
class AdmittedDeedWords:
    no_deed_gerunds: frozenset[str]  # lemmas: "know", "own", "be"
    confessing_roles: frozenset[str]  # roles whose bearer may confess: "relative"


@cache
def admitted_deed_words() -> AdmittedDeedWords:
    """The lists, read once per process."""
    data = load_data("admitted_deeds")
    return AdmittedDeedWords(
        no_deed_gerunds=frozenset(data["no_deed_gerunds"]),
        confessing_roles=frozenset(data["confessing_roles"]),
    )
