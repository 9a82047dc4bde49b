"""The same figure told by different sources, matched, and their disagreements listed.

Two figures are the same figure when they count the same measure for the same (resolved)
group, come from different documents, and were given on the same day or cover the same
stated period ("since September 2018"): two outlets' accounts of one briefing, or one
cumulative count repeated later. A document may give several counts under one key (a
party's own count of its detained workers beside the agency's): two accounts disagree
only when no value is common to every document that gives the figure. Disagreements are
listed with every value and its document, never averaged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from corroborate.records import EnforcementFigure, Measure, _number

Value = tuple[float | None, float | None, float | None]


@dataclass(frozen=True)
class Discrepancy:
    """One figure that sources give differently: each (value, document) in date order."""

    group: str
    measure: Measure
    figures: list[EnforcementFigure]

    def to_json(self) -> dict[str, Any]:
        values = []
        for f in self.figures:
            item: dict[str, Any] = (
                {"value": _number(f.value)}
                if f.value is not None
                else {"low": _number(f.low), "high": _number(f.high)}
            )
            item["document_id"] = f.document_id
            values.append(item)
        return {"group": self.group, "measure": self.measure, "values": values}


def value_of(f: EnforcementFigure) -> Value:
    return (f.value, f.low, f.high)


def find_discrepancies(figures: Sequence[EnforcementFigure]) -> list[Discrepancy]:
    """Disagreements among ``figures`` (their groups already resolved), by group and measure."""
    by_key: dict[tuple[str, str], list[EnforcementFigure]] = defaultdict(list)
    for f in figures:
        by_key[(f.group, f.measure)].append(f)
    out: list[Discrepancy] = []
    for (group, _), found in sorted(by_key.items()):
        for cluster in _same_figure(found):
            if _disagree(cluster):
                ordered = sorted(cluster, key=lambda f: (f.date or "", f.document_id, f.start))
                out.append(Discrepancy(group, ordered[0].measure, ordered))
    return out


def _same_figure(found: list[EnforcementFigure]) -> list[list[EnforcementFigure]]:
    """Clusters of figures that report one figure: linked by day or by period, across
    documents (union-find, so that the order of the input does not matter)."""
    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(found):
        for j in range(i + 1, len(found)):
            b = found[j]
            if a.document_id != b.document_id and _linked(a, b):
                parent[max(root(i), root(j))] = min(root(i), root(j))
    clusters: dict[int, list[EnforcementFigure]] = defaultdict(list)
    for i, f in enumerate(found):
        clusters[root(i)].append(f)
    return [c for c in clusters.values() if len({f.document_id for f in c}) > 1]


def _linked(a: EnforcementFigure, b: EnforcementFigure) -> bool:
    same_day = a.date is not None and a.date == b.date
    same_period = a.period_start is not None and a.period_start == b.period_start
    return same_day or same_period


def _disagree(cluster: list[EnforcementFigure]) -> bool:
    per_document: dict[str, set[Value]] = defaultdict(set)
    for f in cluster:
        per_document[f.document_id].add(value_of(f))
    common = set.intersection(*per_document.values())
    return not common
