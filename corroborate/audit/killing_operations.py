"""Operations a killing was done in are encounters, not raids.

"The CTD killed four terrorists of X in two operations near Tarnol"; "teams killed two dozen
Maoists in three operations near the border": the operations are where the killing happened,
the clashes themselves, as "killed 112 Maoists in 47 encounters" says in other words. Outlets'
tallies of raids count the operations a force conducts ("conducted 1,108 operations",
"arrested 2,036 suspects in 1,412 raids", "seized 17 pistols in 61 raids"), so a count of
operations is no raid count where it is the place ("in", "during") of a killing told before
it in the sentence, and no arrest or seizure is told there too ("arrested 12 and killed three
in nine operations" keeps its raids).
"""

from __future__ import annotations

import re

from corroborate.lexicon.measures import measure_words
from corroborate.lexicon.measures import pattern as measure_pattern

__all__ = ["operations_of_a_killing"]

# The operations as the place of what was told before: "... in two operations".
_IN = re.compile(r"\b(?:in|during)\s+\Z", re.IGNORECASE)
_CUES = measure_words().cues
_KILLING = re.compile(r"\b" + measure_pattern(tuple(_CUES["killings"])) + r"\b", re.IGNORECASE)
# Whatever else the operations may have done: arrests, seizures.
_OTHER_ACT = re.compile(
    r"\b" + measure_pattern((*_CUES["arrests"], *_CUES["weapons_seized"])) + r"\b",
    re.IGNORECASE,
)


def operations_of_a_killing(before_count: str) -> bool:
    """Whether a raid count whose sentence runs ``before_count`` up to it (its qualifier
    aside) is the place of a killing told before it, with no arrest or seizure told there."""
    if _IN.search(before_count) is None:
        return False
    return _KILLING.search(before_count) is not None and _OTHER_ACT.search(before_count) is None
