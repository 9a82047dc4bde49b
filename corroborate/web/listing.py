"""Browsing the ledger: every allegation or entity, narrowed by facets, sorted, in pages.

Pure functions over a ``Snapshot``. Each row carries its facet values (an allegation's
status, act, confession-only flag, the outlets that reported it and the years of its
events); a filter keeps the rows having that value. A facet's counts are over the rows that
every *other* filter keeps, so that the counts beside "status" say what choosing each status
would give, not only the one chosen.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from corroborate.records import Allegation, Entity
from corroborate.web.search import Query
from corroborate.web.snapshot import Snapshot

__all__ = [
    "ALLEGATION_FACETS",
    "ALLEGATION_SORTS",
    "ENTITY_FACETS",
    "ENTITY_SORTS",
    "AllegationRow",
    "EntityRow",
    "Listing",
    "allegation_rows",
    "allegation_sort",
    "entity_rows",
    "entity_sort",
    "listing",
]

T = TypeVar("T")
ALLEGATION_FACETS = ("status", "act", "confession_only", "outlet", "year")
ENTITY_FACETS = ("type", "status", "outlet")
AllegationSort = Literal["-date", "date", "act", "status", "-events", "accused"]
EntitySort = Literal["-allegations", "name", "type"]
ALLEGATION_SORTS: tuple[str, ...] = ("-date", "date", "act", "status", "-events", "accused")
ENTITY_SORTS: tuple[str, ...] = ("-allegations", "name", "type")


@dataclass(frozen=True)
class AllegationRow:
    allegation: Allegation
    accused: list[str]  # names
    first_date: str | None
    last_date: str | None
    outlets: list[str]
    facets: dict[str, frozenset[str]]


@dataclass(frozen=True)
class EntityRow:
    entity: Entity
    against: int
    statuses: Counter[str]
    outlets: list[str]
    facets: dict[str, frozenset[str]]


@dataclass
class Listing(Generic[T]):
    """One page of rows, with the counts of every facet's values and what was asked."""

    rows: list[T]
    total: int
    page: int
    size: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))


def allegation_rows(snapshot: Snapshot) -> list[AllegationRow]:
    rows = []
    for a in snapshot.ledger.allegations:
        dates = sorted(e.date for e in a.events if e.date)
        outlets = _outlets(snapshot, (e.document_id for e in a.events))
        rows.append(
            AllegationRow(
                allegation=a,
                accused=[snapshot.name(i) for i in a.accused],
                first_date=dates[0] if dates else None,
                last_date=dates[-1] if dates else None,
                outlets=outlets,
                facets={
                    "status": frozenset([a.status]),
                    "act": frozenset([a.act]),
                    "confession_only": frozenset(["true" if a.confession_only else "false"]),
                    "outlet": frozenset(outlets),
                    "year": frozenset(d[:4] for d in dates),
                },
            )
        )
    return rows


def entity_rows(snapshot: Snapshot) -> list[EntityRow]:
    rows = []
    for e in snapshot.ledger.entities:
        against = snapshot.against.get(e.id, [])
        statuses: Counter[str] = Counter(str(a.status) for a in against)
        documents = [x.document_id for x in e.aliases if x.document_id]
        documents += [f.document_id for f in e.affiliations]
        documents += [ev.document_id for a in against for ev in a.events]
        outlets = _outlets(snapshot, documents)
        rows.append(
            EntityRow(
                entity=e,
                against=len(against),
                statuses=statuses,
                outlets=outlets,
                facets={
                    "type": frozenset([e.type]),
                    "status": frozenset(statuses),
                    "outlet": frozenset(outlets),
                },
            )
        )
    return rows


def listing(
    rows: list[Any],
    filters: Mapping[str, str | None],
    facet_names: tuple[str, ...],
    *,
    sort_key: Callable[[Any], Any],
    reverse: bool = False,
    q: str = "",
    text_of: Callable[[Any], str] = str,
    page: int = 1,
    size: int = 50,
) -> Listing[Any]:
    """The rows kept by ``filters`` (facet -> value) and the words of ``q``, sorted, one page
    of them, and each facet's value counts over the rows the other filters keep."""
    query = Query(q)
    if query:
        rows = [r for r in rows if query.matches(text_of(r))]
    wanted = {k: v for k, v in filters.items() if v not in (None, "")}

    def kept(row: Any, skip: str | None = None) -> bool:
        return all(v in row.facets[k] for k, v in wanted.items() if k != skip)

    facets = {}
    for name in facet_names:
        counts: Counter[str] = Counter()
        for row in rows:
            if kept(row, skip=name):
                counts.update(row.facets[name])
        facets[name] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    selected = sorted((r for r in rows if kept(r)), key=sort_key, reverse=reverse)
    start = (page - 1) * size
    return Listing(selected[start : start + size], len(selected), page, size, facets)


def _outlets(snapshot: Snapshot, document_ids: Any) -> list[str]:
    outlets = []
    for document_id in document_ids:
        stored = snapshot.documents.get(document_id)
        if stored is not None and stored.document.outlet:
            outlets.append(stored.document.outlet)
    return sorted(set(outlets))


def allegation_sort(sort: str) -> tuple[Callable[[AllegationRow], Any], bool]:
    """The key and direction of one of ALLEGATION_SORTS (undated rows last either way)."""
    if sort == "-date":
        return (lambda r: (r.last_date is not None, r.last_date or "")), True
    if sort == "date":
        return (lambda r: (r.first_date is None, r.first_date or "")), False
    if sort == "act":
        return (lambda r: (r.allegation.act, r.first_date or "")), False
    if sort == "status":
        return (lambda r: (r.allegation.status, r.first_date or "")), False
    if sort == "-events":
        return (lambda r: len(r.allegation.events)), True
    return (lambda r: (", ".join(r.accused).lower(), r.allegation.act)), False


def entity_sort(sort: str) -> tuple[Callable[[EntityRow], Any], bool]:
    if sort == "-allegations":
        return (lambda r: (-r.against, r.entity.name.lower())), False
    if sort == "type":
        return (lambda r: (r.entity.type, r.entity.name.lower())), False
    return (lambda r: r.entity.name.lower()), False
