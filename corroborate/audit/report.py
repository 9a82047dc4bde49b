"""``build_audit``: figures, ledger and statements in; one row per targeted group out.

Pure: no database (the command reads the store and calls this; tests call it directly).

- **Groups** are the ledger's canonical entities: a figure's group is looked up in the same
  entity index the ledger is built from (aliases and acronyms joined: MQM / Muttahida Qaumi
  Movement), else kept as the description the report gives ("banned outfits").
- **Enforcement columns** (raids, arrests, weapons seized, killings, cases, attributed
  killings) each come from one source per measure, the document that gives that measure for
  the most groups (a breakdown by group, on one basis and for one period), then the next
  such document for the groups it leaves out. Every other figure is in ``figures``, and
  disagreements in ``discrepancies``: nothing is summed across sources or averaged.
- **Allegations and outcomes** come from the ledger: allegations against the group or a
  person (or named body of workers) the reports affiliate with it; convictions are those
  with status convicted or upheld, acquittals acquitted or overturned. Rates are over the
  allegations decided either way, with a 95% Wilson interval.
- **Shares**: where one document gives both arrests and attributed killings for two groups or
  more, each group's share of that document's arrests beside its share of the killings.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from corroborate.audit.acronyms import join_acronyms
from corroborate.audit.compare import Discrepancy, find_discrepancies
from corroborate.audit.contest import Contest, contesting_statements
from corroborate.audit.short_names import join_short_names
from corroborate.ledger.build import AnalysedDocument, build_ledger, entity_index
from corroborate.nlp import names
from corroborate.records import NONE_STATED, EnforcementFigure, Ledger, json_number
from corroborate.resolve.entity_index import EntityIndex

__all__ = [
    "CAVEAT",
    "COLUMNS",
    "GROUP_TYPES",
    "Audit",
    "GroupRow",
    "Rate",
    "build_audit",
    "group_rows",
    "names_a_group",
    "wilson",
]

# The entity types a figure's group may resolve to (a person is no group).
GROUP_TYPES = ("organization", "group")
COLUMNS = ("raids", "arrests", "weapons_seized", "killings", "cases", "attributed_killings")
CONVICTED = frozenset({"convicted", "upheld"})
ACQUITTED = frozenset({"acquitted", "overturned"})
CAVEAT = (
    "These are reported figures, from the sources named: what agencies announced and outlets"
    " printed, not verified counts. Arrests and raids show where enforcement was reported,"
    " not guilt; allegations and outcomes are those the ingested reports mention."
)


@dataclass(frozen=True)
class Rate:
    """``successes`` of ``trials`` with a 95% Wilson score interval."""

    successes: int
    trials: int
    low: float
    high: float

    @property
    def value(self) -> float:
        return self.successes / self.trials

    def to_json(self) -> dict[str, Any]:
        return {
            "value": round(self.value, 4),
            "low": round(self.low, 4),
            "high": round(self.high, 4),
            "n": self.trials,
        }


def wilson(successes: int, trials: int, z: float = 1.959964) -> Rate | None:
    """The Wilson score interval: honest at small counts, where the normal one is not."""
    if trials <= 0:
        return None
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return Rate(successes, trials, max(0.0, centre - half), min(1.0, centre + half))


@dataclass
class GroupRow:
    """One targeted group: its enforcement figures set against allegations and outcomes."""

    group: str
    entity_id: str | None
    aliases: list[str]
    values: dict[str, EnforcementFigure] = field(default_factory=dict)
    allegations: int = 0
    convictions: int = 0
    acquittals: int = 0
    share_of_arrests: float | None = None
    share_of_violence: float | None = None
    shares_document: str | None = None
    contesting: list[Contest] = field(default_factory=list)

    @property
    def conviction_rate(self) -> Rate | None:
        return wilson(self.convictions, self.convictions + self.acquittals)

    @property
    def acquittal_rate(self) -> Rate | None:
        return wilson(self.acquittals, self.convictions + self.acquittals)

    @property
    def arrests_per_allegation(self) -> float | None:
        arrests = self.values.get("arrests")
        if arrests is None or arrests.value is None or not self.allegations:
            return None
        return arrests.value / self.allegations

    @property
    def sources(self) -> list[str]:
        return sorted({f.document_id for f in self.values.values()})

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"group": self.group, "aliases": list(self.aliases)}
        for column in COLUMNS:
            out[column] = _figure_value(self.values.get(column))
        conviction, acquittal = self.conviction_rate, self.acquittal_rate
        per = self.arrests_per_allegation
        out.update(
            allegations=self.allegations,
            convictions=self.convictions,
            acquittals=self.acquittals,
            conviction_rate=conviction.to_json() if conviction else None,
            acquittal_rate=acquittal.to_json() if acquittal else None,
            arrests_per_allegation=round(per, 2) if per is not None else None,
            share_of_arrests=_round(self.share_of_arrests),
            share_of_violence=_round(self.share_of_violence),
            shares_document=self.shares_document,
            sources=self.sources,
            contesting=[c.to_json() for c in self.contesting],
        )
        return out


@dataclass
class Audit:
    """The audit: the JSON contract of ``corroborate audit --format json``."""

    figures: list[EnforcementFigure]
    groups: list[GroupRow]
    discrepancies: list[Discrepancy]
    outlets: dict[str, str] = field(default_factory=dict)  # document id -> outlet

    def to_json(self) -> dict[str, Any]:
        return {
            "figures": [f.to_json() for f in self.figures],
            "groups": [g.to_json() for g in self.groups],
            "discrepancies": [d.to_json(self.outlets) for d in self.discrepancies],
        }


def build_audit(
    documents: Sequence[AnalysedDocument],
    figures: Sequence[EnforcementFigure],
    ledger: Ledger | None = None,
    index: EntityIndex | None = None,
    outlets: dict[str, str] | None = None,
) -> Audit:
    """The audit of ``documents`` (with their attributions and mentions) and their figures.

    ``ledger`` and ``index`` default to those built from ``documents`` (as ingest does);
    ``outlets`` (document id -> outlet) to the outlets of ``documents``.
    """
    index = index if index is not None else entity_index(documents)
    ledger = ledger if ledger is not None else build_ledger(documents)
    resolved, rows = group_rows(figures, index)
    _fill_columns(rows, resolved)
    _fill_outcomes(rows, ledger)
    _fill_shares(rows, resolved)
    complaints = contesting_statements(
        documents, index, {r.entity_id for r in rows.values() if r.entity_id}
    )
    for row in rows.values():
        row.contesting = complaints.get(row.entity_id or "", [])
    ordered = sorted(rows.values(), key=lambda r: (r.group.casefold(), r.group))
    if outlets is None:
        outlets = {d.document.id: d.document.outlet or d.document.id for d in documents}
    return Audit(resolved, ordered, find_discrepancies(resolved), outlets)


def group_rows(
    figures: Sequence[EnforcementFigure], index: EntityIndex
) -> tuple[list[EnforcementFigure], dict[str, GroupRow]]:
    """Figures with canonical group names, and an empty row per group.

    A group that is one of the ledger's organisations takes the entity's name; a name that
    is none ("Lashkar-e-Toiba" in one outlet, "Lashkar-e-Taiba" in another, when no mention
    made it an entity) is one group with the others of its spelling key (``_spelling_key``),
    under the first spelling, the others as its aliases: one row, and one key for the
    outlets' figures to be compared under."""
    rows: dict[str, GroupRow] = {}
    resolved: list[EnforcementFigure] = []
    spelled: dict[str, str] = {}  # spelling key -> the first name written with it
    for f in sorted(figures, key=lambda f: (f.document_id, f.start, f.measure)):
        if f.group == NONE_STATED:
            resolved.append(f)
            continue
        entity = index.lookup(f.group, f.document_id) if names_a_group(f) else None
        if entity is not None and entity.type in GROUP_TYPES:
            name, eid, aliases = entity.name, entity.id, [a.name for a in entity.aliases]
        elif names_a_group(f) and (key := _spelling_key(f.group)):
            name, eid, aliases = spelled.setdefault(key, f.group), None, []
        else:
            name, eid, aliases = f.group, None, []
        resolved.append(replace(f, group=name))
        row = rows.setdefault(name, GroupRow(name, eid, aliases))
        if eid is None and f.group != name and f.group not in row.aliases:
            row.aliases.append(f.group)
    # "19 TeN activists" in one outlet, "Tehreek-e-Nijaat" in another: one group
    resolved, joins = join_acronyms(resolved, rows)
    _merge_rows(rows, joins)
    # "162 members of the Mengal gang" in one, "the Rehmat Mengal gang" in another: one group
    resolved, joins = join_short_names(resolved, rows)
    _merge_rows(rows, joins)
    return resolved, rows


def _merge_rows(rows: dict[str, GroupRow], joins: dict[str, str]) -> None:
    """Drop each joined name's row, its name and aliases kept as the aliases of its group."""
    for spelling, name in joins.items():
        joined = rows.pop(spelling)
        kept = rows[name]
        for alias in [spelling, *joined.aliases]:
            if alias not in kept.aliases and alias != name:
                kept.aliases.append(alias)


def _spelling_key(name: str) -> str:
    """The resolver's spelling key (``names.key``), a hyphen read as a space: "X Movement
    London" and "X Movement-London" are one name written two ways."""
    return names.key(name.replace("-", " "))


def names_a_group(f: EnforcementFigure) -> bool:
    """Whether a figure's group is a name to look up among the entities. A description
    ("militant wings of other parties and Lyari gangsters") is no name: looking it up would
    find a name inside it."""
    return f.group != NONE_STATED and f.group[:1].isupper()


def _fill_columns(rows: dict[str, GroupRow], figures: list[EnforcementFigure]) -> None:
    for column in COLUMNS:
        found = [f for f in figures if f.measure == column and f.group in rows]
        per_document: dict[str, dict[str, EnforcementFigure]] = defaultdict(dict)
        for f in found:
            per_document[f.document_id].setdefault(f.group, f)  # first in text order
        ranked = sorted(
            per_document,
            key=lambda d: (-len(per_document[d]), _negated_date(per_document[d]), d),
        )
        for document_id in ranked:
            for group, f in per_document[document_id].items():
                rows[group].values.setdefault(column, f)


def _negated_date(figures: dict[str, EnforcementFigure]) -> str:
    """Sorts later dates first (undated last) with a plain ascending sort."""
    date = max((f.date or "" for f in figures.values()), default="")
    return "".join(chr(0x10FFFF - ord(c)) for c in date) if date else "\U0010ffff"


def _fill_outcomes(rows: dict[str, GroupRow], ledger: Ledger) -> None:
    by_entity = {r.entity_id: r for r in rows.values() if r.entity_id}
    entities = {e.id: e for e in ledger.entities}
    for allegation in ledger.allegations:
        hit: set[str] = set()
        for accused in allegation.accused:
            if accused in by_entity:
                hit.add(accused)
            entity = entities.get(accused)
            if entity is not None:
                hit.update(
                    a.organization for a in entity.affiliations if a.organization in by_entity
                )
        for eid in hit:
            row = by_entity[eid]
            row.allegations += 1
            row.convictions += allegation.status in CONVICTED
            row.acquittals += allegation.status in ACQUITTED


def _fill_shares(rows: dict[str, GroupRow], figures: list[EnforcementFigure]) -> None:
    by_document: dict[str, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
    for f in figures:
        if (
            f.group in rows
            and f.value is not None
            and f.measure in ("arrests", "attributed_killings")
        ):
            by_document[f.document_id][f.measure].setdefault(f.group, f.value)
    candidates = [
        (d, m) for d, m in by_document.items()
        if len(set(m["arrests"]) & set(m["attributed_killings"])) >= 2
    ]  # fmt: skip
    for document_id, measures in sorted(candidates, key=lambda c: (-len(c[1]["arrests"]), c[0])):
        groups = set(measures["arrests"]) & set(measures["attributed_killings"])
        arrests = sum(measures["arrests"][g] for g in groups)
        killings = sum(measures["attributed_killings"][g] for g in groups)
        for g in sorted(groups):
            row = rows[g]
            if row.shares_document is None and arrests and killings:
                row.share_of_arrests = measures["arrests"][g] / arrests
                row.share_of_violence = measures["attributed_killings"][g] / killings
                row.shares_document = document_id


def _figure_value(f: EnforcementFigure | None) -> Any:
    if f is None:
        return None
    if f.value is not None:
        return json_number(f.value)
    return {"low": json_number(f.low), "high": json_number(f.high)}


def _round(x: float | None) -> float | None:
    return round(x, 4) if x is not None else None
