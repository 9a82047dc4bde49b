"""Whose figure a confession's count is: the one who reported the confession.

"The Guard said he confessed to 37 killings" is read as two attributions: the Guard's, and
the confession of "he" inside its words. Both carry the count, but it is the Guard that
announced it; a figure sourced to the confessor reads as if he had given the number himself,
which the report does not say. So a count inside a self-statement (a confession, admission or
retraction) that lies in another attribution's words is that attribution's source's
(``reporters``, ``reported_source``); a confession no one reports ("X told the court he had
killed two men") keeps its own speaker. Pure over stored attribution records and their offsets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from corroborate.records import Attribution, Quantity

__all__ = ["SELF_KINDS", "Reporter", "reported_source", "reporters"]

# The attribution kinds in which the speaker says something of themselves (``link`` reads
# them too: a leaf here, as ``link`` imports this module).
SELF_KINDS = frozenset({"confession", "admission", "retraction"})

# An attribution that may report another's words, with its source's name.
Reporter = tuple[Attribution, str]


def reporters(
    attributions: Sequence[Attribution], source_of: Callable[[Attribution], str | None]
) -> list[Reporter]:
    """The attributions that are not self-statements, each with its words and its source
    (``source_of``: the name the ledger gives it), narrowest words first - the nearest
    reporter of a nested statement is the one whose words hold it most closely."""
    out = [
        (a, source)
        for a in attributions
        if a.kind not in SELF_KINDS and a.content and (source := source_of(a)) is not None
    ]
    return sorted(out, key=lambda r: sum(e - s for s, e in r[0].content))


def reported_source(a: Attribution, q: Quantity, reported: Sequence[Reporter]) -> str | None:
    """The source of ``a``'s count ``q`` when ``a`` is a self-statement told inside another
    attribution's words: that attribution's source; otherwise None (``a``'s own)."""
    if a.kind not in SELF_KINDS:
        return None
    for other, source in reported:
        if other is not a and any(s <= q.start and q.end <= e for s, e in other.content):
            return source
    return None
