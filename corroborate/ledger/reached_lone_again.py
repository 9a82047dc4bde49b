"""Lone names decided again when new documents are added (``ledger.reached``): the short
forms of the reports ``reached_lone.lone_names_to_decide`` found, by the per-report decision
a full build makes (``decided_again``, from the stored statistics and own short forms of the
reports involved), and the one-word names a report reads as accused and no longer writes for
a full name (``accused_by_forms``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Hashable, Iterable, Mapping
from dataclasses import replace

from corroborate.ledger.index import (
    forms_short,
    node_ref,
    parse_node,
)
from corroborate.ledger.name_rows import (
    RowsNeeded,
    stored_short_forms,
    with_rows,
)
from corroborate.ledger.reached_candidates import full_names_of, name_ends
from corroborate.ledger.reached_join import Unreached, widened
from corroborate.ledger.reached_lone import LoneToDecide
from corroborate.nlp import names
from corroborate.resolve.blocking import Node
from corroborate.resolve.join import Joined
from corroborate.resolve.lone import RARE_COMPANY, LoneInputs, accused_alone, decide_lone
from corroborate.resolve.nodes import DocumentMentions, document_short_forms
from corroborate.resolve.statistics import DocumentNames, NameStatistics
from corroborate.resolve.union import NameUnion
from corroborate.store import Store

__all__ = ["accused_by_forms", "decided_again"]


def decided_again(
    store: Store,
    to_decide: LoneToDecide,
    reached: tuple[set[Node], NameStatistics, Joined],
    dirty: set[str],
    new_names: list[DocumentNames],
    docs: list[DocumentMentions],
) -> dict[str, list[tuple[str, Node]]] | Unreached:
    """The short forms of the reports ``to_decide`` names whose lone names come out
    otherwise, decided again by ``lone.decide_lone``: the lone names it names and the full
    names those could stand for are joined with the reached ones (their components, not
    reached, join as stored); every other person a report of theirs or of their company
    names is counted by its stored entity, from the reports naming that entity's names. A
    partial report's other lone names keep their stored decision."""
    scope, stats, joint = reached
    decide = to_decide.whole | to_decide.partial
    stored_docs = decide - dirty
    people: dict[str, dict[Node, bool]] = defaultdict(dict)  # report -> person -> accused
    for brought in new_names:
        people[brought.id] = {n: n in brought.accused for n in brought.named_people()}

    def read(reports: set[str]) -> None:
        for d, _, ref, n, accused in store.index_rows_where("index_mentioned", "document_id",
                                                             reports - people.keys()):  # fmt: skip
            node = parse_node(ref)
            if n > 0 and node[0] == "person":
                people[d][node] = bool(accused)

    read(stored_docs)
    lone_of = {d: {n for n in people[d]
                   if len(names.words(n[1])) == 1 and to_decide.redecided(d, n)}
               for d in decide}  # fmt: skip
    lone_nodes = {n for ns in lone_of.values() for n in ns}
    words = {names.words(n[1])[0] for n in lone_nodes}  # as ``index_words`` holds them
    candidates = {parse_node(r[2]) for r in store.index_rows_where("index_words", "word", words)
                  if r[1] == "end"}  # fmt: skip
    # The reports naming each candidate (``where``): the summed candidates' rows read, each
    # report's share in full (the join is theirs: ``name_rows.with_rows``). Any other summed
    # full name is more than ``SUMMED_FROM`` stored reports', so its group is common, told
    # by the sum (``_Counted``'s ``common``), not by its rows.
    summed = {n for n in stats.summed if n[0] == "person" and len(names.words(n[1])) >= 2}
    if stats.summed:
        asked = {n: s for n, s in stats.summed.items()
                 if n in summed and not words.isdisjoint(name_ends(n))}  # fmt: skip
        stats = with_rows(store, replace(stats, summed=asked), dirty)
    wider = widened(store, scope, lone_nodes | candidates, stats, joint, dirty)
    if isinstance(wider, str):
        return wider
    scope, stats, joint = wider
    uf = joint.uf
    common: set[Hashable] = {("joined", uf.find(n)) for n in summed}
    counted = _Counted(store, uf, {names.key(n[1]) for n in scope}, stats, common)
    # The stored entities of every report's people read at once, not report by report:
    # the reports decided again grow with the store, the reads per phase do not.
    counted.read_people([people[d] for d in decide])
    rare = {d: counted.rare(people[d]) for d in decide}
    company = {e for roots in rare.values() for r in roots for e in counted.naming[r]}
    read(company)
    counted.read_people([people[e] for e in company - rare.keys()])
    rare |= {e: counted.rare(people[e]) for e in company - rare.keys()}
    rare_in: dict[Hashable, set[str]] = defaultdict(set)
    for roots in rare.values():
        for r in roots:
            rare_in[r] = counted.naming[r]
    by_end: dict[str, dict[Node, int]] = defaultdict(dict)
    where: dict[Node, set[str]] = defaultdict(set)
    for report in sorted(stats.documents, key=lambda r: r.id):
        for n in sorted(x for x in report.named_people() if x in uf.parent):
            ws = names.words(n[1])
            if len(ws) >= 2 and (ws[0] in words or ws[-1] in words):
                where[n].add(report.id)
                by_end[ws[0]][n] = 2
                by_end[ws[-1]][n] = 1
    full_roots = {uf.find(n) for n in joint.nodes
                  if n[0] == "person" and len(names.words(n[1])) >= 2}  # fmt: skip
    inputs = LoneInputs(
        counted.group,
        {d: {n for n in lone_of[d] if n in uf.parent} for d in decide},
        {d: {n for n, accused in people[d].items() if accused} for d in decide},
        rare, rare_in, by_end, where,
        lambda n: n in uf.parent and uf.find(n) not in full_roots,
        lambda n, full: uf.apart(n, full, ("list:",)),
    )  # fmt: skip
    lone = {d: [(w, n) for _, w, n in decide_lone(inputs, d)] for d in decide}
    out: dict[str, list[tuple[str, Node]]] = {}
    for doc in docs:
        if doc.id in decide:
            out[doc.id] = [(w, n) for _, w, n in document_short_forms(doc)] + lone[doc.id]
    # Their own short forms and their records' as stored: no mention or record read.
    own_forms = stored_short_forms(store, stored_docs)
    for d, forms in store.document_forms(stored_docs).items():
        own, stored = own_forms[d], forms_short(forms)
        if stored[: len(own)] != own:
            return "stored documents' lone names to decide again"  # never: a record's own first
        decided = lone[d]
        if d not in to_decide.whole:
            # the lone names not decided again, as stored; all in name order (``decide_lone``)
            as_stored = stored[len(own) :]
            if as_stored != sorted(as_stored):
                return "stored documents' lone names to decide again"  # never, as above
            decided = sorted([f for f in as_stored if not to_decide.redecided(d, ("person", f[0]))]
                             + decided)  # fmt: skip
        if own + decided != stored:
            out[d] = own + decided
    return out


def accused_by_forms(
    store: Store,
    stats: NameStatistics,
    short: Mapping[str, list[tuple[str, Node]]],
    reached: Collection[Node],
    dirty: set[str],
) -> frozenset[Node] | Unreached:
    """The one-word names of the reached components that a report reads as accused and
    writes for no longer name (``lone.accused_alone``, as a full build decides them): the
    short forms of ``short``'s reports (new, or decided again) as now, every other report's
    as its stored record holds them. Whether a one-word name is a person changes with a
    stored report's lone names decided otherwise: when that name is outside the ``reached``
    ones, the entities of its component cannot be made here. ``stats`` must hold each
    report's share of a one-word name some report reads as accused (not its sum)."""
    if any(s.accused and len(names.words(n[1])) == 1 for n, s in stats.summed.items()):
        raise RowsNeeded  # the caller reads the rows first (``ledger.reached``)
    again = set(short) - dirty
    if again:
        before = {d: {w.lower() for w, _ in forms_short(f)}
                  for d, f in store.document_forms(again).items()}  # fmt: skip
        for d, _, ref, n, accused in store.index_rows_where("index_mentioned", "document_id",
                                                             again):  # fmt: skip
            node = parse_node(ref)
            if not (accused and n > 0 and node[0] == "person" and node not in reached):
                continue
            if len(names.words(node[1])) != 1:
                continue
            now = {w.lower() for w, _ in short[d]}
            if (node[1].lower() in now) != (node[1].lower() in before.get(d, set())):
                return "a one-word accused decided otherwise outside the reached names"
    accusing = {d.id for d in stats.documents
                if any(len(names.words(n[1])) == 1 for n in d.accused)}  # fmt: skip
    readers = accusing - short.keys()
    stored = {d: forms_short(f) for d, f in store.document_forms(readers).items()}

    def short_of(document_id: str) -> list[tuple[str, Node]]:
        found = short.get(document_id)
        return found if found is not None else stored.get(document_id, [])

    # A stored report's share names the reached names only: whether two of its people bear
    # the accused word (``lone._shared_words``) is read from every person it names, any
    # component's ("Tunde Bakare", "Femi Bakare" and "Bakare" are three components).
    stored_accusing = accusing - dirty
    people: dict[str, list[Node]] = {d: [] for d in stored_accusing}
    for d, _, ref, n, _ in store.index_rows_where("index_mentioned", "document_id",
                                                  stored_accusing):  # fmt: skip
        node = parse_node(ref)
        if n > 0 and node[0] == "person":
            people[d].append(node)

    def people_of(doc: DocumentNames) -> list[Node]:
        found = people.get(doc.id)
        return found if found is not None else doc.named_people()

    return accused_alone(stats.documents, short_of, people_of)


class _Counted:
    """The group of a person's full name and the reports naming it: a joined name's by its
    root and the reports the statistics count (every report naming a joined name), any other
    by its stored entity and the reports naming one of its names (``index_mentioned``). A
    joined group of ``common`` holds a full name more than ``SUMMED_FROM`` stored reports
    name: never rare, whatever the statistics hold of it (its rows are not read)."""

    def __init__(self, store: Store, uf: NameUnion, spelled: set[str],
                 stats: NameStatistics, common: set[Hashable]) -> None:  # fmt: skip
        self.store, self.uf, self.spelled, self.common = store, uf, spelled, common
        self.naming: dict[Hashable, set[str]] = defaultdict(set)
        for d in stats.documents:
            for n in d.named_people():
                if n in uf.parent and len(names.words(n[1])) >= 2:
                    self.naming[("joined", uf.find(n))].add(d.id)
        self.entity: dict[Node, str | None] = {}

    def group(self, n: Node) -> Hashable | None:
        if names.key(n[1]) in self.spelled:
            return ("joined", self.uf.find(n)) if n in self.uf.parent else None
        eid = self.entity.get(n)
        return ("stored", eid) if eid else None

    def read_people(self, reports: Iterable[Mapping[Node, bool]]) -> None:
        """The stored entities of the full names of these reports' people outside the
        joined ones, and the reports naming each, read in one pass (``rare`` then reads
        none): the same reads as ``rare`` report by report, in fewer queries."""
        fulls = [n for people in reports for n in people if len(names.words(n[1])) >= 2]
        self._read([n for n in fulls if names.key(n[1]) not in self.spelled])

    def rare(self, people: Mapping[Node, bool]) -> set[Hashable]:
        """The groups of these people's full names that few reports name."""
        fulls = [n for n in people if len(names.words(n[1])) >= 2]
        self._read([n for n in fulls if names.key(n[1]) not in self.spelled])
        groups = {g for n in fulls if (g := self.group(n)) is not None}
        return {g for g in groups if len(self.naming[g]) <= RARE_COMPANY and g not in self.common}

    def _read(self, nodes: list[Node]) -> None:
        """The stored entities of ``nodes`` and the reports naming each (once each)."""
        unread = {n for n in nodes if n not in self.entity}
        rows = self.store.index_rows_where("index_names", "name",
                                           {"node:" + node_ref(n) for n in unread})  # fmt: skip
        found = {parse_node(r[0][5:]): r[1] for r in rows}
        for n in unread:
            self.entity[n] = found.get(n)
        new = {e for e in found.values() if ("stored", e) not in self.naming}
        # only a rare group's reports are read (``rare_in``): more than RARE_COMPANY
        # found tells a common one; every entity's at once (one query, not one each)
        found_reports = self.store.reports_naming_each(full_names_of(self.store, new),
                                                       RARE_COMPANY + 1)  # fmt: skip
        for e, reports in found_reports.items():
            self.naming[("stored", e)] = reports
