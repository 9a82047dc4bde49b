"""Which documents tell one briefing: the accounts whose figures the audit compares.

Two documents tell one briefing (or one statistic) when their agencies agree (one kind of
force named by both, or none named by one of them), their dates are close (three days, where both
are known) and they share figures: two equal (measure, value) pairs, or one distinctive
number (100 or more). Linked pairs are joined transitively (union-find), so a briefing told
by three outlets is one however the figures are ordered. The kind of force a figure's agency
is was read with the figure (``EnforcementFigure.agency_kinds``): no name is read here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from corroborate.nlp.dates import parse_date
from corroborate.records import EnforcementFigure

__all__ = ["briefings", "members"]

# A number this common in a store says nothing about two documents sharing it.
_MAX_DOCUMENTS_PER_NUMBER = 50
_DISTINCTIVE = 100
_CLOSE_DAYS = 3


def briefings(figures: Sequence[EnforcementFigure]) -> dict[str, str]:
    """Document id -> the id of one document of its briefing (the smallest)."""
    agencies: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, set[str]] = defaultdict(set)
    numbers: dict[str, set[tuple[str, float]]] = defaultdict(set)
    holders: dict[tuple[str, float], set[str]] = defaultdict(set)
    for f in figures:
        agencies[f.document_id] |= set(f.agency_kinds)
        if f.date:
            dates[f.document_id].add(f.date[:10])
        if f.value is not None:
            numbers[f.document_id].add((f.measure, f.value))
            holders[(f.measure, f.value)].add(f.document_id)
    parent = {d: d for d in numbers}

    def root(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    checked: set[tuple[str, str]] = set()
    for (_, value), docs in sorted(holders.items()):
        if len(docs) < 2 or len(docs) > _MAX_DOCUMENTS_PER_NUMBER or value < 10:
            continue
        ordered = sorted(docs)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if (a, b) in checked:
                    continue
                checked.add((a, b))
                shared = numbers[a] & numbers[b]
                distinctive = any(v >= _DISTINCTIVE for _, v in shared)
                if (
                    (len(shared) >= 2 or distinctive)
                    and _same_agency(agencies[a], agencies[b])
                    and _close(dates[a], dates[b])
                ):
                    ra, rb = root(a), root(b)
                    parent[max(ra, rb)] = min(ra, rb)
    return {d: root(d) for d in parent}


def members(briefing: dict[str, str]) -> dict[str, set[str]]:
    """Briefing id -> its documents (the inverse of ``briefings``)."""
    out: dict[str, set[str]] = defaultdict(set)
    for document_id, root in briefing.items():
        out[root].add(document_id)
    return dict(out)


def _same_agency(a: set[str], b: set[str]) -> bool:
    # an account that names no force may tell the same briefing as one that names it ("The
    # National Guard and state police seized 96 firearms" against "weapons had been seized")
    return bool(a & b) if a and b else True


def _close(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return True  # an undated account may be of the same briefing
    days_a = [d for d in map(parse_date, a) if d is not None]
    days_b = [d for d in map(parse_date, b) if d is not None]
    return (
        not days_a
        or not days_b
        or any(abs((x - y).days) <= _CLOSE_DAYS for x in days_a for y in days_b)
    )
