"""A total that the report takes apart by named groups is no one group's.

"62 militants linked to different proscribed outfits were killed ... Among the 62 slain
militants, 39 were linked to X, 15 to Y and six to Z": the words that came with the total
("different proscribed outfits") name no group; they say that the count spans several, and
the partitive that takes it apart ("among the 62 ...", "of the 62 ...") names them. The total
is then "none stated", as a total that came with no such words is, and its parts keep their
groups. A description given to a count that nothing takes apart ("348 belonged to various
political groups") stays its group: it is all the report says of whom those people were.

Grammar only, never which words or which group: a partitive head with the total's number, and
in that sentence at least two parts of the same measure whose groups are names (capitalised;
a description never starts with a capital, ``phrases.read_group``), each smaller than the
total and together no larger. Only a description is given up: a name's own count ("Among the
120 X workers, ...") keeps its group.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from corroborate.records import NONE_STATED, EnforcementFigure

__all__ = ["ungroup_totals_taken_apart"]

# "among the 62 ...", "of the 62 ...", "of the total 2,935 ...", "of 62 ...": the whole a
# sentence goes on to take apart.
_PARTITIVE_HEAD = re.compile(
    r"\b(?:of|among|amongst)\s+(?:the\s+)?(?:total\s+(?:of\s+)?)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\b",
    re.IGNORECASE,
)


def ungroup_totals_taken_apart(
    text: str, figures: Sequence[EnforcementFigure]
) -> list[EnforcementFigure]:
    """``figures`` (one document's) with "none stated" for a described total that a
    partitive takes apart into named groups."""
    per_sentence: dict[tuple[int, int], list[EnforcementFigure]] = defaultdict(list)
    for f in figures:
        per_sentence[(f.start, f.end)].append(f)
    totals: set[tuple[str, float]] = set()
    for (start, end), found in per_sentence.items():
        for head in _PARTITIVE_HEAD.finditer(text, start, end):
            whole = float(head["n"].replace(",", ""))
            for measure in {f.measure for f in found}:
                parts = [
                    f.value
                    for f in found
                    if f.measure == measure
                    and _named(f.group)
                    and f.value is not None
                    and f.value < whole
                ]
                if len(parts) >= 2 and sum(parts) <= whole:
                    totals.add((measure, whole))
    return [
        replace(f, group=NONE_STATED)
        if f.value is not None and (f.measure, f.value) in totals and _described(f.group)
        else f
        for f in figures
    ]


def _named(group: str) -> bool:
    return group != NONE_STATED and group[:1].isupper()


def _described(group: str) -> bool:
    """A description ("different proscribed outfits"): what ``phrases.read_group`` gives
    when no name starts the phrase, always in lower case."""
    return group != NONE_STATED and group[:1].islower()
