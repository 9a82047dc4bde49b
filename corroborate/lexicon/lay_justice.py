"""Words of justice taken into private hands (``data/lay_justice.json``): the mobs, village
councils and employers who blame someone and punish him themselves, and what they do to him."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from corroborate.lexicon import load_data
from corroborate.lexicon.legal import legal

__all__ = ["LayJusticeLexicon", "lay_justice"]


@dataclass(frozen=True)
class LayJusticeLexicon:
    lay_accusers: frozenset[str]  # "a jirga", "villagers", "a crowd": blame, then punish
    # "flogged", "paraded", "forced her to", "rescued"; and every verb of bodily harm
    # (``legal.harm_verbs``, "beat him"), joined once here, so no reader builds the union
    punishing_verbs: frozenset[str]


@cache
def lay_justice() -> LayJusticeLexicon:
    """The lexicon, read once per process."""
    data = load_data("lay_justice")
    return LayJusticeLexicon(
        lay_accusers=frozenset(data["lay_accusers"]),
        punishing_verbs=frozenset(data["punishing_verbs"]) | legal().harm_verbs,
    )
