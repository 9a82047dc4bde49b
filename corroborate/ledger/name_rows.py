"""Resolution's inputs per document (``resolve.statistics.DocumentNames``) as the index's
rows (``index_mentioned``, ``index_marks``, ``index_declared``, ``index_short``) and back.

A document's rows are a pure function of its mentions, written with the rest of the index by
a full build and, by an update, for the new, changed and removed documents only. Read back
for some names only (``stored_names``), they give each document's share of those names: what
an update sums with the new documents' own to re-resolve the components they reach. Read
back for some documents (``stored_short_forms``), they give each one's own short forms: what
an update that decides a stored report's lone names again needs of it besides its names.
A name more than ``SUMMED_FROM`` stored reports name is read as its sum instead
(``store.index.name_sums``), when the caller asks so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from corroborate.ledger.index import node_ref, parse_node
from corroborate.resolve.blocking import Node
from corroborate.resolve.lone import RARE_COMPANY
from corroborate.resolve.statistics import Declaration, DocumentNames, NameStatistics, StoredSum
from corroborate.store import Store
from corroborate.store.index import NAME_SUMS

__all__ = ["SUMMED_FROM", "RowsNeeded", "StoredNames", "SummedReports", "name_rows",
           "stored_names", "stored_short_forms", "with_rows"]  # fmt: skip

# A name more stored reports than this name is read as its sum (``index_name_sums``), not as
# a row per report: every reader of a report's names that the sum cannot serve asks only
# about people few reports name (``RARE_COMPANY`` or fewer: a count above it is all they
# tell apart), and one that can be asked of any name asks for the rows (``RowsNeeded``).
SUMMED_FROM = 16
assert SUMMED_FROM >= RARE_COMPANY


class RowsNeeded(Exception):
    """A reader of the update's statistics needs each report's share of a summed name that
    its caller did not read (``reached_lone_again.accused_by_forms``, whose caller reads
    them first): the update reads the rows of every name instead (``ledger.reached``)."""


class SummedReports:
    """The stored reports naming summed names, read from their rows (``index_mentioned``,
    a mention or more) where a reader needs them, each name's once: a reader that cannot
    answer from a name's sum asks here instead of starting the resolution again. The
    reports of ``leave_out`` (new or changed: their share is read off their mentions) are
    left out, as ``stored_names`` leaves them."""

    def __init__(self, store: Store, leave_out: set[str]) -> None:
        self.store, self.leave_out = store, leave_out
        self._read: dict[Node, set[str]] = {}

    def of(self, nodes: Iterable[Node]) -> dict[Node, set[str]]:
        """The stored reports naming each of ``nodes``."""
        wanted = set(nodes)
        unread = {node_ref(n): n for n in wanted if n not in self._read}
        for n in unread.values():
            self._read[n] = set()
        rows = self.store.index_rows_where("index_mentioned", "node", set(unread)) if unread else []
        for doc, _, ref, count, _ in rows:
            if count > 0 and doc not in self.leave_out:
                self._read[unread[ref]].add(doc)
        return {n: self._read[n] for n in wanted}


# The stored documents' shares of some names: each document's (``DocumentNames``), the
# names many reports name summed (``StoredSum``), and when those are summed, every mark of the
# names (name -> marks) apart from the documents.
StoredNames = tuple[list[DocumentNames], dict[Node, StoredSum], dict[str, set[str]]]


def name_rows(docs: Iterable[DocumentNames]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of ``docs`` for each of the four tables."""
    out: dict[str, list[tuple[Any, ...]]] = {
        "index_mentioned": [], "index_marks": [], "index_declared": [], "index_short": []
    }  # fmt: skip
    for d in docs:
        out["index_mentioned"] += [
            (d.id, d.published, node_ref(node), n, int(node in d.accused))
            for node, n in d.counts.items()
        ]
        out["index_marks"] += [(d.id, name, mark) for name, mark in d.marks]
        out["index_declared"] += [
            (d.id, d.published, i, node_ref(x.node), node_ref(x.other), x.kind, x.reason)
            for i, x in enumerate(d.declared)
        ]
        out["index_short"] += [
            (d.id, i, written, node_ref(node)) for i, (written, node) in enumerate(d.short)
        ]
    return out


def stored_short_forms(store: Store, documents: set[str]) -> dict[str, list[tuple[str, Node]]]:
    """Each of the stored ``documents``' own short forms (``DocumentNames.short``), in mention
    order: empty for a document that writes none (every indexed document's rows are stored
    with its statistics)."""
    found: dict[str, list[tuple[int, str, Node]]] = {d: [] for d in documents}
    for doc, i, written, ref in store.index_rows_where("index_short", "document_id", documents):
        found[doc].append((i, written, parse_node(ref)))
    return {d: [(w, n) for _, w, n in sorted(forms)] for d, forms in found.items()}


def stored_names(
    store: Store, nodes: set[Node], leave_out: set[str], summed_from: int | None = None
) -> StoredNames:
    """Each stored document's share of ``nodes`` (its counts of them, the declarations
    between them, the marks of their names), but for the documents ``leave_out`` (new or
    changed: their own share is read off their mentions). A document naming none of them is
    left out. With ``summed_from``, the names more than that many stored reports name are
    summed instead (``index_name_sums``): no document's share holds them, and where any is,
    the marks come apart from the documents (a document only marking a name is not read);
    then ``leave_out`` must have no stored rows (a new document's
    are written by the update), which the sums would hold."""
    # Each ref parsed once: the rows of the names every report names (at 8,000 reports, tens
    # of thousands of rows) would otherwise parse the same few refs again per row.
    node_of = {node_ref(n): n for n in nodes}
    refs = set(node_of)
    summed: dict[Node, StoredSum] = {}
    if summed_from is not None:
        for ref, _, reports, mentions, acc, first_pub, first_doc, least in store.index_rows_where(
            NAME_SUMS, "node", refs
        ):  # fmt: skip
            if reports > summed_from:
                first = None if first_doc is None else (first_pub, first_doc)
                summed[node_of[ref]] = StoredSum(reports, mentions, acc > 0, first, least)
    wanted_names = {n[1] for n in nodes}
    counts: dict[str, dict[Node, int]] = defaultdict(dict)
    accused: dict[str, set[Node]] = defaultdict(set)
    published: dict[str, str | None] = {}
    read = refs - {node_ref(n) for n in summed}
    for doc, pub, ref, n, acc in store.index_rows_where("index_mentioned", "node", read):
        if doc in leave_out:
            continue
        published[doc] = pub
        node = node_of[ref]
        counts[doc][node] = n
        if acc:
            accused[doc].add(node)
    declared: dict[str, list[tuple[int, Declaration]]] = defaultdict(list)
    seen: set[tuple[str, int]] = set()
    for column in ("node", "other"):
        for doc, pub, i, a, b, kind, reason in store.index_rows_where("index_declared", column,
                                                                      refs):  # fmt: skip
            if doc in leave_out or (doc, i) in seen:
                continue
            seen.add((doc, i))
            published[doc] = pub
            declared[doc].append((i, Declaration(parse_node(a), parse_node(b), kind, reason)))
    # A list mark names a person as the document wrote it, which may be a name it counts
    # under another spelling of its node (a title kept): read by name, for any document.
    marks: dict[str, list[tuple[str, str]]] = defaultdict(list)
    marks_of: dict[str, set[str]] = defaultdict(set)
    for doc, name, mark in store.index_rows_where("index_marks", "name", wanted_names):
        if doc in leave_out:
            continue
        if not summed:  # as without sums: every document's own
            marks[doc].append((name, mark))
        else:
            marks_of[name].add(mark)
    unseen = marks.keys() - published.keys()
    if unseen:
        published |= store.published(unseen)
    return (
        [
            DocumentNames(
                doc,
                pub,
                counts.get(doc, {}),
                frozenset(accused.get(doc, set())),
                tuple(x for _, x in sorted(declared.get(doc, []), key=lambda p: p[0])),
                tuple(marks.get(doc, [])),
            )  # fmt: skip
            for doc, pub in published.items()
        ],
        summed,
        dict(marks_of),
    )


def with_rows(store: Store, stats: NameStatistics, leave_out: set[str]) -> NameStatistics:
    """``stats`` with each stored report's share of its summed names read from their rows
    (``index_mentioned``), as ``stored_names`` without sums gives it: the same counts, first
    documents, declarations and marks, each report's counts and accused in full. A report
    only marking a name is not among the documents (its marks are in ``stats.marks``); a
    report declaring a name is already, with its declarations. ``leave_out``: as
    ``stored_names``'s."""
    if not stats.summed:
        return stats
    node_of = {node_ref(n): n for n in stats.summed}
    counts: dict[str, dict[Node, int]] = defaultdict(dict)
    accused: dict[str, set[Node]] = defaultdict(set)
    published: dict[str, str | None] = {}
    for doc, pub, ref, n, acc in store.index_rows_where("index_mentioned", "node", set(node_of)):
        if doc in leave_out:
            continue
        published[doc] = pub
        counts[doc][node_of[ref]] = n
        if acc:
            accused[doc].add(node_of[ref])
    by_id = {d.id: d for d in stats.documents}
    for doc, found in counts.items():
        had = by_id.get(doc)
        by_id[doc] = (
            DocumentNames(doc, published[doc], found, frozenset(accused[doc]), (), ())
            if had is None
            else replace(had, counts=had.counts | found, accused=had.accused | accused[doc])
        )
    return NameStatistics.of(by_id.values(), None, stats.marks)
