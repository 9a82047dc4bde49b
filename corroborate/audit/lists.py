"""Lists of counts that share one verb: "seized 10 launchers, 50 rifles and 910 pistols".

Outlets say the verb once for a list ("1,236 terrorists, 848 target killers and 143
kidnappers were among those arrested"), before it or after it; the items of one kind joined by
commas, "and", "while" or "including" take the measure the verb gives any of them.
"""

from __future__ import annotations

import re

from corroborate.audit.counts import Count, unit_class
from corroborate.records import Measure

__all__ = ["share_along_lists"]

_LIST_GAP = re.compile(
    r"\A\s*(?:,\s*(?:and\s+|including\s+|among\s+them\s+)?|and\s+|&\s*|including\s+)\Z",
    re.IGNORECASE,
)
# The rest of a list item after a unit cut short ("50 heavy| and light machine guns,").
_ITEM_REST = re.compile(r"(?:\s+[a-z][\w-]*){1,5}(?=\s*[,.;]|\s+and\s+\d)")


def share_along_lists(
    text: str,
    counts: list[Count],
    ends: list[int],
    measures: list[Measure | None],
    own_clause: list[bool] | None = None,
) -> None:
    """A list of counts of one kind shares the measure the verb gives one of them: "seized
    10 launchers, 50 rifles and 910 pistols"; "1,236 terrorists, 848 target killers and 143
    kidnappers were among those arrested"; "2,935 criminals, including 152 target killers
    and 12 militants, were arrested". ``ends`` are where each item ends (after its group);
    ``measures`` is filled in place. An item in ``own_clause`` (the subject of its own
    active verb, from the parse: "arrested 12 suspects and four others fled") is no item of
    the list before it."""
    kinds = [_list_item_class(text, c) for c in counts]
    own = own_clause or [False] * len(counts)
    linked = [
        kinds[i] is not None
        and kinds[i] == kinds[i + 1]
        and not own[i + 1]
        and bool(_LIST_GAP.match(text[ends[i] : counts[i + 1].start]))
        for i in range(len(counts) - 1)
    ]
    for i in reversed(range(len(linked))):  # a verb after the list: back to its start
        if linked[i] and measures[i] is None:
            measures[i] = measures[i + 1]
    for i in range(len(linked)):  # a verb before it: on to its end
        if linked[i] and measures[i + 1] is None:
            measures[i + 1] = measures[i]


def _list_item_class(text: str, count: Count) -> str | None:
    """The kind of a list item, read on to its comma when the unit stops short ("50 heavy
    and light machine guns")."""
    kind = unit_class(count.unit)
    if kind is not None:
        return kind
    item = _ITEM_REST.match(text, count.end)
    return unit_class(count.unit + (item.group() if item else ""))
