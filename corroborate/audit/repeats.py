"""A figure repeated in one document is one figure: "arrested 654 target killers" in the lead
and "the 654 target killers" later. Kept once, with its group if any telling states it; a part
told by kind ("15 were foreigners") stays beside a group's count of the same number ("15 to
X"), and so does the same number for another group or for another noun of one sentence's list.
"""

from __future__ import annotations

from corroborate.records import NONE_STATED, EnforcementFigure

__all__ = ["merge_repeats"]


def merge_repeats(
    figures: list[EnforcementFigure], parts: set[tuple[int, float]]
) -> list[EnforcementFigure]:
    """One figure per (measure, value) in a document, preferring a stated group; in one
    sentence, counts of different nouns are different figures. ``parts`` are the (sentence
    start, value) of the parts told by kind (``Told.parts``)."""
    kept: dict[tuple[str, float | None, float | None, float | None], EnforcementFigure] = {}
    order: list[tuple[str, float | None, float | None, float | None]] = []
    extra: list[EnforcementFigure] = []
    for f in figures:
        key = (f.measure, f.value, f.low, f.high)
        old = kept.get(key)
        if old is None:
            kept[key] = f
            order.append(key)
        elif ((f.start, f.value) in parts) != ((old.start, old.value) in parts) and (
            NONE_STATED in (f.group, old.group) and f.group != old.group
        ):
            extra.append(f)  # "15 to X" and "15 were foreigners": other people, same number
        elif f.start == old.start and f.unit != old.unit:
            extra.append(f)  # "two light machine guns, two .223 rifles": items of one list
        elif old.group == NONE_STATED and f.group != NONE_STATED:
            kept[key] = f
        elif f.group not in (NONE_STATED, old.group):
            extra.append(f)  # the same number for another group: another figure
    return sorted([kept[k] for k in order] + extra, key=lambda f: (f.start, f.end))
