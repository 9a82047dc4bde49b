"""A lone word's candidates, the full names it begins or ends (``name_ends``), when new
documents are added (``ledger.reached``): a stored entity's full names (``full_names_of``),
and the words for which a stored report whose company is unchanged may still decide its lone
name otherwise, because the new reports moved the word's candidates (``candidates_moved``;
read by ``reached_lone.lone_names_to_decide``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping

from corroborate.ledger.index import (
    node_ref,
    parse_node,
)
from corroborate.ledger.name_rows import (
    SUMMED_FROM,
    SummedReports,
    stored_names,
)
from corroborate.nlp import names
from corroborate.resolve.blocking import Node
from corroborate.resolve.name_types import one_type_per_name
from corroborate.resolve.statistics import NameStatistics, StoredSum
from corroborate.resolve.union import NameUnion
from corroborate.store import Store

__all__ = ["candidates_moved", "full_names_of", "name_ends"]


def candidates_moved(store: Store, uf: NameUnion, people: Mapping[str, list[Node]],
                      dirty: set[str], words: set[str], summed: Mapping[Node, StoredSum],
                      summed_reports: SummedReports) -> set[str]:  # fmt: skip
    """Those of ``words`` (the first or last words of full names new reports name, none of
    them regrouped) for which a stored report whose company is unchanged may decide its
    lone name otherwise. Such a report's company is stored and names no new full name, so
    the new reports change only two inputs of its decision (``lone.decide_lone``): the
    order of the candidates (a full name's first report by id: which full name of a group
    its company vouches for is the first), and, between several groups vouched for, whether
    every report naming a rival names the winner too (``lone._beside_only``). Each is
    compared before the new reports and after, over every candidate of the word: the
    reached ones by their group now, the others (outside the reached components, named by
    no new report) by their stored entity and the reports naming them; such a name no
    stored entity holds is no candidate if the stored resolution typed it otherwise
    (``_typed_away``), else unsure. Where a word's groups hold a summed name and its sum
    cannot tell, its stored reports are read from ``summed_reports`` there."""
    if not words:
        return set()
    reports: dict[Node, set[str]] = defaultdict(set)  # reached full name -> reports naming it
    for d, ns in people.items():
        for n in ns:
            if len(names.words(n[1])) >= 2:
                reports[n].add(d)
    # A summed full name (more than ``RARE_COMPANY`` stored reports name it): only the new
    # reports naming it are in ``reports``; its stored ones are told by its sum.
    many = {n: s for n, s in summed.items() if n[0] == "person" and len(names.words(n[1])) >= 2}
    for n in many:
        reports[n] |= set()

    def least(n: Node, before: bool) -> str:
        """The least id of a report naming ``n``, of the stored ones if ``before``."""
        stored = reports[n] - dirty
        if n in many:
            stored = {many[n].least or ""}
        return min(stored if before else stored | reports[n])

    candidates: dict[str, set[Node]] = defaultdict(set)
    for n in reports:
        for w in name_ends(n):
            if w in words:
                candidates[w].add(n)
    outside = {parse_node(r[2]) for r in store.index_rows_where("index_words", "word", words)
               if r[1] == "end"} - uf.parent.keys()  # fmt: skip
    refs = {node_ref(n) for n in outside}
    stored_names = store.index_rows_where("index_names", "name", {"node:" + r for r in refs})
    entity_of = {r[0][5:]: r[1] for r in stored_names}
    for d, _, ref, n, _ in store.index_rows_where("index_mentioned", "node", refs):
        if n > 0:
            reports[parse_node(ref)].add(d)
    for n in outside:
        if reports[n]:
            for w in name_ends(n):
                if w in words:
                    candidates[w].add(n)
    typed_away = _typed_away(store, {n for n in outside if reports[n]
                                     and node_ref(n) not in entity_of}, dirty)  # fmt: skip
    moved: set[str] = set()
    for w in words:
        groups: dict[Hashable, set[str]] = defaultdict(set)  # group -> reports naming it now
        fulls: dict[Hashable, list[Node]] = defaultdict(list)  # a reached group's candidates
        for n in candidates[w]:
            if n in uf.parent:
                groups[("joined", uf.find(n))] |= reports[n]
                fulls[uf.find(n)].append(n)
            elif (eid := entity_of.get(node_ref(n))) is not None:
                groups[("stored", eid)] |= reports[n]
            elif n not in typed_away:  # a stored full name no entity holds, in a group or not
                moved.add(w)
        # Candidates come in the order of their first report by id: which of a group's full
        # names a company vouches for first. Only those a stored report names can be
        # vouched for (a company is stored), and only a new report can move one of them.
        for group in fulls.values():
            vouchable = [n for n in group if reports[n] - dirty or n in many]
            if len(vouchable) > 1 and sorted(vouchable, key=lambda n: (least(n, False), n)) != \
                    sorted(vouchable, key=lambda n: (least(n, True), n)):  # fmt: skip
                moved.add(w)
        before = {g: rs - dirty for g, rs in groups.items()}
        # each joined group's summed candidates' stored reports (``many``)
        summed_in: dict[Hashable, list[int]] = {
            ("joined", root): [many[n].reports for n in group if n in many]
            for root, group in fulls.items()
            if any(n in many for n in group)
        }  # fmt: skip
        if summed_in and not _beside_only_kept(groups, before, summed_in, dirty):
            # the sums cannot tell: the summed candidates' stored reports, read here, make
            # the groups what every name's rows make them
            read = summed_reports.of(n for group in fulls.values() for n in group if n in many)
            for n, stored in read.items():
                groups[("joined", uf.find(n))] |= stored
            before = {g: rs - dirty for g, rs in groups.items()}
            summed_in = {}
        if not summed_in:
            for g in groups:
                if before[g] and (_beside_only_wins(groups, g) != _beside_only_wins(before, g)):
                    moved.add(w)
    return moved


def _typed_away(store: Store, nodes: set[Node], dirty: set[str]) -> set[Node]:
    """Those of ``nodes`` (stored people's full names no stored entity holds, none of them a
    name of the reached union now) that were no name of the stored resolution's union
    either: ``one_type_per_name`` gave them another type ("Trump University", a person in
    one report and an organisation in thirteen). So they were no lone word's candidate
    before the new reports and are none after: a name of the reached components that is
    no name of their union now is none of a full build's, and any other name's statistics
    are as stored. (A full name no entity holds may instead sit in a group that is no
    entity, its canonical a lone word, ``resolve.groups``: a candidate, which the caller
    cannot group.) Decided as ``join_names`` types names, from the stored statistics of
    every name of their spelling keys; a key whose names declare or are declared (joined
    before the types, and kept from retyping) is left out: unsure."""
    keys = {names.key(n[1]) for n in nodes}
    if not keys:
        return set()
    held = store.index_rows_where("index_keys", "key", {"key:" + k for k in keys})
    holders = {n for n in (parse_node(r[2]) for r in held) if names.key(n[1]) in keys}
    docs, summed, marks_of = stored_names(store, holders, dirty, SUMMED_FROM)
    stats = NameStatistics.of(docs, summed, marks_of)
    declared = {names.key(n[1]) for d, _ in stats.declared for n in (d.node, d.other)}
    uf = NameUnion()
    for node in stats.counts:
        uf.add(node)
    one_type_per_name(uf, Counter(stats.counts))
    return {n for n in nodes if names.key(n[1]) not in declared
            and n in stats.counts and n not in uf.parent}  # fmt: skip


def _beside_only_kept(
    groups: Mapping[Hashable, set[str]],
    before: Mapping[Hashable, set[str]],
    summed_in: Mapping[Hashable, list[int]],
    dirty: set[str],
) -> bool:
    """Whether ``_beside_only_wins`` is surely the same before the new reports and after,
    from the sums, for every group with a stored report, where the groups of ``summed_in`` hold
    summed names (their stored reports counted there, not in ``groups`` and ``before``). A
    rival's reports now are its stored ones (A) and new ones (a), the winner's B and b; the
    stored and the new are apart, so A + a within B + b is A within B and a within b: the
    answer now is the answer before and every a within b. They differ only where every A is
    within B and some a is not within b; every A within B is refuted where the winner and a
    rival have no summed name and that rival's stored reports are not within the winner's, or
    where some rival's stored reports outnumber the most the winner's can be; else the rows
    are needed (False)."""
    for g in groups:
        if not (before[g] or g in summed_in):
            continue
        if all(groups[r] & dirty <= groups[g] for r in groups if r != g):
            continue  # every a within b: the same answer
        rivals = [r for r in groups if r != g]
        if g not in summed_in and any(
            r not in summed_in and not before[r] <= before[g] for r in rivals
        ):
            continue  # B and some A read whole: that A is not within B, before or now
        most_b = len(before[g]) + sum(summed_in.get(g, []))
        if any(max([len(before[r]), *summed_in.get(r, [])]) > most_b for r in rivals):
            continue  # some A outnumbers B: not every A within B, before or now
        return False
    return True


def _beside_only_wins(reports: Mapping[Hashable, set[str]], winner: Hashable) -> bool:
    """Whether every report naming a rival candidate's group names ``winner``'s too
    (``lone._beside_only``'s last test)."""
    return all(rs <= reports[winner] for g, rs in reports.items() if g != winner)


def full_names_of(store: Store, entities: set[str]) -> dict[str, set[str]]:
    """Each stored entity's full person names (node references of two words or more), from
    ``index_names``; an entity with none maps to an empty set."""
    out: dict[str, set[str]] = {e: set() for e in entities}
    for name, e, _ in store.index_rows_where("index_names", "entity_id", entities):
        if name.startswith("node:person\t") and len(names.words(parse_node(name[5:])[1])) >= 2:
            out[e].add(name[5:])
    return out


def name_ends(n: Node) -> list[str]:
    """The first and last words of a full name: the lone words it is a candidate for (a
    one-word name's one word)."""
    ws = names.words(n[1])
    return [ws[0], ws[-1]] if len(ws) >= 2 else list(ws)
