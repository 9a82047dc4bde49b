"""Lone names when new documents are added (``ledger.reached``): the stored reports whose
lone names may be decided otherwise (``lone_names_to_decide``, conservative), and their
short forms decided again by the per-report decision a full build makes
(``reached_lone_again.decided_again``), from the stored statistics and own short forms of the
reports involved.

A report's decision of one lone name reads inputs of two kinds: the report's own (the people
it names, its rare groups, the reports of those groups: its company, and theirs) and the
lone word's (the full names the word begins or ends, the reports naming each, their groups
and marks). A stored report whose own inputs cannot have changed (no group it names was
regrouped or changed its reports while rare) decides again only its lone names written
with a word whose inputs may have changed; its other lone names keep the decision its
stored record holds (``LoneToDecide.partial``).

This module finds the reports to decide again; whether a lone word's candidates moved is
``reached_candidates``'s, and the decision itself ``reached_lone_again``'s."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from corroborate.ledger.index import (
    forms_short,
    node_ref,
    parse_node,
)
from corroborate.ledger.name_rows import (
    SummedReports,
    stored_short_forms,
)
from corroborate.ledger.reached_candidates import candidates_moved, full_names_of, name_ends
from corroborate.ledger.reached_story import reached_people
from corroborate.nlp import names
from corroborate.resolve.blocking import Node
from corroborate.resolve.join import Joined
from corroborate.resolve.lone import RARE_COMPANY
from corroborate.resolve.statistics import NameStatistics
from corroborate.resolve.union import NameUnion
from corroborate.store import Store

__all__ = ["LoneToDecide", "lone_names_to_decide"]


@dataclass(frozen=True)
class LoneToDecide:
    """The reports whose lone names are decided again: every lone name of the ``whole``
    ones (new reports, and stored ones whose own inputs may have changed), and of the
    ``partial`` ones (stored, their own inputs unchanged) only those whose word is one of
    ``words``: the words whose candidates, their reports, groups or marks may have changed.
    A partial report's other lone names keep its stored decision."""

    whole: set[str]
    partial: set[str]
    words: set[str]

    def __bool__(self) -> bool:
        return bool(self.whole or self.partial)

    def redecided(self, report: str, lone: Node) -> bool:
        """Whether ``report``'s lone name ``lone`` is decided again."""
        return report in self.whole or names.words(lone[1])[0] in self.words


def lone_names_to_decide(
    store: Store,
    joined: Joined,
    node_entity: Mapping[Node, str],
    stats: NameStatistics,
    dirty: set[str],
    names_before: Mapping[str, tuple[str, str]],
    spelled: set[str],
    people: Mapping[str, list[Node]] | None = None,
) -> LoneToDecide:
    """The reports whose lone names must be decided again (those it cannot clear:
    conservative), and which of their lone names, once ``story_crossed`` found the story
    company unchanged. ``people``: ``reached_people(joined.uf, stats)``, when the caller
    has made it."""
    uf = joined.uf
    people = reached_people(uf, stats) if people is None else people
    # Lone names: the reports naming each reached person (by group), before and after.
    # each reached full name's group found once: every report's list names the same few
    root_of = {n: uf.find(n) for n in list(uf.parent) if len(names.words(n[1])) >= 2}
    full = {d: {root_of[n] for n in ns if n in root_of} for d, ns in people.items()}
    named_in = Counter(r for roots in full.values() for r in roots)
    named_before = Counter(r for d, roots in full.items() if d not in dirty for r in roots)
    # A group holding a full name more than ``RARE_COMPANY`` stored reports name, summed
    # (``stats.summed``: no report's list names it) is common before and after: every reader
    # of these counts asks only whether a group is rare.
    common = {root_of[n] for n in stats.summed if n[0] == "person" and n in root_of}
    for r in common:
        named_in[r] = named_before[r] = RARE_COMPANY + 1

    # A lone name: one word whose group holds no full name (``lone.lone_names``), an entity
    # or not (a report may read it as accused: ``resolve.groups``).
    full_roots = {root_of[n] for n in joined.nodes if n[0] == "person" and n in root_of}

    def lone(n: Node) -> bool:
        return n[0] == "person" and len(names.words(n[1])) == 1 and uf.find(n) not in full_roots

    decide = {
        d for d in dirty
        if any(lone(n) for n in people.get(d, []))
        and any(2 <= named_in[r] <= RARE_COMPANY for r in full.get(d, set()))
    }  # fmt: skip
    # Stored reports whose company may change: naming a group whose stored names were
    # grouped otherwise, or a rare one a new report names.
    stored = {n for d in stats.documents if d.id not in dirty for n in d.counts}
    stored |= stats.summed.keys()
    regrouped = _regrouped(uf, node_entity, names_before, uf.parent.keys() - stored)
    # Every stored report naming a regrouped common group is touched: the reports naming
    # its summed names, which no report's list holds, read from their rows here (its other
    # names' are in ``full``); a summed name's group is common whoever names it.
    summed_reports = SummedReports(store, dirty)
    regrouped_summed = {
        n for n in stats.summed if n[0] == "person" and n in root_of and root_of[n] in regrouped
    }
    for n, reports in summed_reports.of(regrouped_summed).items():
        for d in reports:
            full.setdefault(d, set()).add(root_of[n])
    touched = {d for d, roots in full.items() if d not in dirty and any(
        r in regrouped or (named_in[r] != named_before[r] and min(
            named_in[r], named_before[r]) <= RARE_COMPANY) for r in roots)}  # fmt: skip
    # Stored reports whose candidates may decide otherwise: writing a lone word that begins
    # or ends a regrouped name (a lone name's own group too: whether it holds a full name)
    # or a name a new list marks, or a full name a new report names where that
    # moved the word's candidates (``candidates_moved``). A new report's lone name, or a
    # reached one, changes no stored report's decision by itself: only through these.
    words = {w for n in uf.parent if uf.find(n) in regrouped for w in name_ends(n)}
    # Only a list's marks keep a lone name from a full one (``decide_lone``'s ``apart``), and
    # a new list keeps them apart only if it lists a name of the lone name's group, which
    # holds no full name: a one-word name. Every name of such a group.
    listed = {name for d in stats.documents if d.id in dirty for name, mark in d.marks
              if mark.startswith("list:") and len(names.words(name)) == 1}  # fmt: skip
    listed_roots = {uf.find(n) for n in uf.parent if n[1] in listed}
    words |= {w for n in uf.parent if uf.find(n) in listed_roots for w in name_ends(n)}
    named_words = {w for d in dirty for n in people.get(d, []) if len(names.words(n[1])) >= 2
                   for w in name_ends(n)} - words  # fmt: skip
    words |= candidates_moved(store, uf, people, dirty, named_words, stats.summed,
                              summed_reports)  # fmt: skip
    lone_nodes = {r[2] for r in store.index_rows_where("index_words", "word", words)
                  if r[1] == "lone"}  # fmt: skip
    readers = {r[0] for r in store.index_rows_where("index_mentioned", "node", lone_nodes)
               if r[3] > 0 and r[0] not in dirty}  # fmt: skip
    if touched:
        named = store.index_rows_where("index_mentioned", "document_id", touched)
        readers |= {r[0] for r in named if r[3] > 0 and _lone_before(parse_node(r[2]))}
    kept = _not_alone(store, readers, uf, named_in, spelled)
    # A touched report's company may have changed: each of its lone names is decided again.
    # Any other reader's own inputs are as stored (its groups, their reports, its company's
    # groups it shares): only its lone names written with one of ``words`` may change.
    whole = decide | (kept & touched)
    return LoneToDecide(whole, kept - whole, words)


def _not_alone(store: Store, documents: set[str], uf: NameUnion, named_in: Counter[Node],
               spelled: set[str]) -> set[str]:  # fmt: skip
    """Those of these stored reports that keep a company now (a person few reports name
    whom another report names too) or resolved a lone name: the others resolve none still,
    a lone name being resolved only through a report of its company (``lone_names``). The
    people of the reached components are counted by ``named_in``, by group; the others by
    their stored entity, from the reports naming its names."""
    rows = store.index_rows_where("index_mentioned", "document_id", documents)
    fulls: dict[str, set[Node]] = defaultdict(set)
    for d, _, ref, n, _ in rows:
        node = parse_node(ref)
        if n > 0 and node[0] == "person" and len(names.words(node[1])) >= 2:
            fulls[d].add(node)
    outside = {n for ns in fulls.values() for n in ns if names.key(n[1]) not in spelled}
    entity_of = {r[0][5:]: r[1] for r in store.index_rows_where(
        "index_names", "name", {"node:" + node_ref(n) for n in outside})}  # fmt: skip
    # stored entity -> reports naming it, up to one more than RARE_COMPANY: all the count
    # below tells apart
    naming = store.reports_naming_each(full_names_of(store, set(entity_of.values())),
                                       RARE_COMPANY + 1)  # fmt: skip

    def count(node: Node) -> int:
        if names.key(node[1]) in spelled:  # reached: as now grouped, if still a person
            return named_in[uf.find(node)] if node in uf.parent else 0
        eid = entity_of.get(node_ref(node))
        return len(naming[eid]) if eid else 0  # none: no longer a person

    out = {d for d, ns in fulls.items() if any(2 <= count(n) <= RARE_COMPANY for n in ns)}
    # Resolved one: its stored short forms are more than its mentions' own.
    unsure = documents - out
    own_forms = stored_short_forms(store, unsure)
    for document_id, forms in store.document_forms(unsure).items():
        if forms_short(forms) != own_forms[document_id]:
            out.add(document_id)
    return out


def _lone_before(n: Node) -> bool:
    """Whether a stored name may have been a lone name: any one-word person name, an entity
    or not (one a report reads as accused is an entity of its own, ``resolve.groups``;
    telling it from one joined to a full name is not worth the reads)."""
    return n[0] == "person" and len(names.words(n[1])) == 1


def _regrouped(uf: NameUnion, node_entity: Mapping[Node, str],
               names_before: Mapping[str, tuple[str, str]],
               new: set[Node]) -> set[Node]:  # fmt: skip
    """The groups (roots) whose stored names had another grouping: two stored entities now
    one, one now two, or a stored name now in a group or out of one. A ``new`` name (no
    stored report names it) joining a stored group regroups no stored name: the reports
    naming it are new, which the counts and ``candidates_moved`` weigh."""
    old_of: dict[Node, set[str]] = defaultdict(set)  # new root -> stored entities
    new_of: dict[str, set[Node]] = defaultdict(set)  # stored entity -> new roots
    for n in uf.parent:
        stored = names_before.get("node:" + node_ref(n))
        root = uf.find(n)
        if stored is not None:
            old_of[root].add(stored[0])
            new_of[stored[0]].add(root)
    out = {root for root, olds in old_of.items() if len(olds) > 1}
    out |= {root for roots in new_of.values() if len(roots) > 1 for root in roots}
    for n in uf.parent.keys() - new:
        had = ("node:" + node_ref(n)) in names_before
        if had != (n in node_entity):
            out.add(uf.find(n))
    return out
