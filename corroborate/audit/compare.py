"""The same figure told by different sources, matched, and their disagreements listed.

Two figures are the same figure when they count the same measure for the same (resolved)
group, come from different documents, and either were given on the same day or cover the
same stated period ("since September 2018"), or come from two accounts of one briefing.
Two documents tell one briefing (or one statistic) when their agencies agree (one named by
both, or none named by either), their dates are close (three days, where both are known) and
they share figures: two equal (measure, value) pairs, or one distinctive number (100 or
more). A figure no group is stated for is compared only with figures counting the same kind
of people or thing (its noun: "1,992 operations" against "992 targeted operations", never
"848 target killers" against "1,236 terrorists"), so a total is not taken for one of its
parts. A document may give several counts under one key (a party's own count of its
detained workers beside the agency's, a total beside its breakdown): two accounts disagree
only when no value is common to every document that gives the figure. Disagreements are
listed with every value and its document, never averaged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from corroborate.audit import vocab
from corroborate.nlp.dates import parse_date
from corroborate.records import NONE_STATED, EnforcementFigure, Measure, _number

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
    briefing = _briefings(figures)
    by_key: dict[tuple[str, str, str], list[EnforcementFigure]] = defaultdict(list)
    for f in figures:
        by_key[(f.group, f.measure, _basis(f))].append(f)
    out: list[Discrepancy] = []
    for (group, _, _), found in sorted(by_key.items()):
        for cluster in _same_figure(found, briefing):
            if _disagree(cluster):
                ordered = sorted(cluster, key=lambda f: (f.date or "", f.document_id, f.start))
                out.append(Discrepancy(group, ordered[0].measure, ordered))
    return out


def _basis(f: EnforcementFigure) -> str:
    """What a figure with no group counts, by its noun ("operations" -> "operation")."""
    if f.group != NONE_STATED:
        return ""
    words = (f.unit or "").lower().split()
    return words[-1].rstrip("s") if words else ""


# A number this common in a store says nothing about two documents sharing it.
_MAX_DOCUMENTS_PER_NUMBER = 50
_DISTINCTIVE = 100
_CLOSE_DAYS = 3


def _briefings(figures: Sequence[EnforcementFigure]) -> dict[str, str]:
    """Document id -> the id of one document of its briefing (union-find over documents)."""
    agencies: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, set[str]] = defaultdict(set)
    numbers: dict[str, set[tuple[str, float]]] = defaultdict(set)
    holders: dict[tuple[str, float], set[str]] = defaultdict(set)
    for f in figures:
        agencies[f.document_id] |= _agency_words(f.agency)
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


def _agency_words(agency: str | None) -> set[str]:
    """The kind of force an agency is ("Pakistan Rangers Sindh" -> {"rangers"})."""
    return {w.lower() for w in vocab.AGENCY_WORDS.findall(agency or "")}


def _same_agency(a: set[str], b: set[str]) -> bool:
    return bool(a & b) if a and b else not a and not b


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


def _same_figure(
    found: list[EnforcementFigure], briefing: dict[str, str]
) -> list[list[EnforcementFigure]]:
    """Clusters of figures that report one figure: linked by day, by period or by briefing,
    across documents (union-find, so that the order of the input does not matter)."""
    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(found):
        for j in range(i + 1, len(found)):
            b = found[j]
            if a.document_id != b.document_id and _linked(a, b, briefing):
                parent[max(root(i), root(j))] = min(root(i), root(j))
    clusters: dict[int, list[EnforcementFigure]] = defaultdict(list)
    for i, f in enumerate(found):
        clusters[root(i)].append(f)
    return [c for c in clusters.values() if len({f.document_id for f in c}) > 1]


def _linked(a: EnforcementFigure, b: EnforcementFigure, briefing: dict[str, str]) -> bool:
    same_day = a.date is not None and a.date == b.date
    same_period = a.period_start is not None and a.period_start == b.period_start
    one_briefing = briefing.get(a.document_id, a.document_id) == briefing.get(
        b.document_id, b.document_id
    )
    return same_day or same_period or one_briefing


def _disagree(cluster: list[EnforcementFigure]) -> bool:
    per_document: dict[str, set[Value]] = defaultdict(set)
    for f in cluster:
        per_document[f.document_id].add(value_of(f))
    common = set.intersection(*per_document.values())
    return not common
