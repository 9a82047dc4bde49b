"""Where the accounts of one figure differ, and how: two kinds, never mixed up.

- **outlets disagree**: the same figure told differently. Two figures are the same figure
  when they count the same measure for the same (resolved) group, come from different
  documents, and either were given on the same day or cover the same stated period ("since
  September 2018"), or come from two accounts of one briefing (``briefings``). A figure no
  group is stated for is compared only with figures counting the same kind of people or thing
  (its noun: "1,992 operations" against "992 targeted operations", never "848 target killers"
  against "1,236 terrorists"), so a total is not taken for one of its parts. A document may
  give several counts under one key (a party's own count of its detained workers beside the
  agency's, a total beside its breakdown): the accounts disagree only when no value is
  common to every document that gives the figure.
- **several values**: the reports of one briefing (two reports or more) give one group and
  measure more than one figure: a total and its parts ("1,236 terrorists, 848 target
  killers and 143 kidnappers"), or different lines ("62 this year", "32 within three
  months"), which every outlet may tell alike. One report of the briefing alone may give
  them, a total with its parts in one sentence ("214 weapons, including 38 rocket
  launchers", the other outlets silent on weapons): they are still the briefing's figures,
  which a reader of its accounts must not sum. Values one report alone gives in separate
  sentences are not listed: nothing ties them to one another (two lines, or a figure misread,
  which a listing would make look like the briefing's). Listed so that a reader does not sum
  them or set one against another without the quotes; it says nothing of outlets
  contradicting each other. Not listed where the outlets-disagree items of that key already
  give every value, nor for a document that is no briefing's account.

Each item lists every value with its document, what it counts and its quote; nothing is
averaged. Groups are compared as resolved, so a group's count (654 target killers of X) is
never put with the total of all groups (848 target killers).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from corroborate.audit.briefings import briefings, members
from corroborate.records import NONE_STATED, EnforcementFigure, Measure, json_number

__all__ = [
    "KINDS",
    "OUTLETS_DISAGREE",
    "SEVERAL_VALUES",
    "Discrepancy",
    "DiscrepancyKind",
    "find_discrepancies",
    "value_of",
]

DiscrepancyKind = Literal["outlets disagree", "several values"]
OUTLETS_DISAGREE: DiscrepancyKind = "outlets disagree"
SEVERAL_VALUES: DiscrepancyKind = "several values"
KINDS: tuple[DiscrepancyKind, ...] = (OUTLETS_DISAGREE, SEVERAL_VALUES)

Value = tuple[float | None, float | None, float | None]


@dataclass(frozen=True)
class Discrepancy:
    """One group and measure that sources give differently: each figure in date order."""

    group: str
    measure: Measure
    figures: list[EnforcementFigure]
    kind: DiscrepancyKind = OUTLETS_DISAGREE

    def to_json(self, outlets: Mapping[str, str] | None = None) -> dict[str, Any]:
        """Every value with its document (and outlet, when ``outlets`` knows it), what it
        counts and the sentence that gives it (``quote == text[start:end]``)."""
        values = []
        for f in self.figures:
            item: dict[str, Any] = (
                {"value": json_number(f.value)}
                if f.value is not None
                else {"low": json_number(f.low), "high": json_number(f.high)}
            )
            item.update(
                document_id=f.document_id,
                outlet=(outlets or {}).get(f.document_id),
                unit=f.unit,
                quote=f.quote,
                start=f.start,
                end=f.end,
            )
            values.append(item)
        return {"group": self.group, "measure": self.measure, "kind": self.kind, "values": values}


def value_of(f: EnforcementFigure) -> Value:
    return (f.value, f.low, f.high)


def find_discrepancies(figures: Sequence[EnforcementFigure]) -> list[Discrepancy]:
    """Both kinds among ``figures`` (their groups already resolved), by group and measure,
    the outlets' disagreements first."""
    briefing = briefings(figures)
    disagreements = _disagreements(figures, briefing)
    several = _several_values(figures, briefing, disagreements)
    return sorted(disagreements + several, key=lambda d: (d.group, d.measure, KINDS.index(d.kind)))


def _disagreements(
    figures: Sequence[EnforcementFigure], briefing: dict[str, str]
) -> list[Discrepancy]:
    by_key: dict[tuple[str, str, str], list[EnforcementFigure]] = defaultdict(list)
    for f in figures:
        by_key[(f.group, f.measure, _basis(f))].append(f)
    out: list[Discrepancy] = []
    for (group, _, _), found in sorted(by_key.items()):
        for cluster in _same_figure(found, briefing):
            if _disagree(cluster):
                ordered = _in_order(cluster)
                out.append(Discrepancy(group, ordered[0].measure, ordered, OUTLETS_DISAGREE))
    return out


def _several_values(
    figures: Sequence[EnforcementFigure],
    briefing: dict[str, str],
    disagreements: Sequence[Discrepancy],
) -> list[Discrepancy]:
    """Per briefing of two documents or more, each (group, measure) with more than one
    value among all its figures, given by two of its documents or by one in one sentence."""
    documents = members(briefing)
    by_key: dict[tuple[str, str, str], list[EnforcementFigure]] = defaultdict(list)
    for f in figures:
        root = briefing.get(f.document_id)
        if root is not None and len(documents[root]) > 1:
            by_key[(root, f.group, f.measure)].append(f)
    listed: dict[tuple[str, str, str], set[Value]] = defaultdict(set)
    for d in disagreements:
        for f in d.figures:
            root = briefing.get(f.document_id, f.document_id)
            listed[(root, f.group, f.measure)].add(value_of(f))
    out: list[Discrepancy] = []
    for key, found in sorted(by_key.items()):
        values = {value_of(f) for f in found}
        if len(values) < 2 or values <= listed[key] or not _compared(found):
            continue
        ordered = _in_order(found)
        out.append(Discrepancy(key[1], ordered[0].measure, ordered, SEVERAL_VALUES))
    return out


def _compared(found: Sequence[EnforcementFigure]) -> bool:
    """Two reports give the key, or one gives several of its values in one sentence (a
    total and its parts told together); ``start`` is the quoted sentence's."""
    if len({f.document_id for f in found}) > 1:
        return True
    return any(len({value_of(g) for g in found if g.start == f.start}) > 1 for f in found)


def _in_order(found: Sequence[EnforcementFigure]) -> list[EnforcementFigure]:
    return sorted(found, key=lambda f: (f.date or "", f.document_id, f.start))


def _basis(f: EnforcementFigure) -> str:
    """What a figure with no group counts, by its noun ("operations" -> "operation")."""
    if f.group != NONE_STATED:
        return ""
    words = (f.unit or "").lower().split()
    return words[-1].rstrip("s") if words else ""


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
