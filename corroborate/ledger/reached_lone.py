"""Lone names when new documents are added (``ledger.reached``): the stored reports whose
lone names may be decided otherwise (``lone_names_to_decide``, conservative), and their
short forms decided again by the per-report decision a full build makes (``decided_again``),
from the stored statistics and own short forms of the reports involved.

A report's decision of one lone name reads inputs of two kinds: the report's own (the people
it names, its rare groups, the reports of those groups: its company, and theirs) and the
lone word's (the full names the word begins or ends, the reports naming each, their groups
and marks). A stored report whose own inputs cannot have changed (no group it names was
regrouped or changed its reports while rare) decides again only its lone names written
with a word whose inputs may have changed; its other lone names keep the decision its
stored record holds (``LoneToDecide.partial``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Hashable, Mapping
from dataclasses import dataclass, replace

from corroborate.ledger.index import (
    forms_short,
    node_ref,
    parse_node,
)
from corroborate.ledger.name_rows import (
    SUMMED_FROM,
    RowsNeeded,
    stored_names,
    stored_short_forms,
    with_rows,
)
from corroborate.ledger.reached_join import Unreached, widened
from corroborate.ledger.reached_story import reached_people
from corroborate.nlp import names
from corroborate.resolve.blocking import Node
from corroborate.resolve.join import Joined
from corroborate.resolve.lone import RARE_COMPANY, LoneInputs, accused_alone, decide_lone
from corroborate.resolve.name_types import one_type_per_name
from corroborate.resolve.nodes import DocumentMentions, document_short_forms
from corroborate.resolve.statistics import DocumentNames, NameStatistics, StoredSum
from corroborate.resolve.union import NameUnion
from corroborate.store import Store

__all__ = ["LoneToDecide", "accused_by_forms", "decided_again", "lone_names_to_decide"]


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
    if regrouped & common:
        raise RowsNeeded  # every stored report naming a regrouped common group is touched
    touched = {d for d, roots in full.items() if d not in dirty and any(
        r in regrouped or (named_in[r] != named_before[r] and min(
            named_in[r], named_before[r]) <= RARE_COMPANY) for r in roots)}  # fmt: skip
    # Stored reports whose candidates may decide otherwise: writing a lone word that begins
    # or ends a regrouped name (a lone name's own group too: whether it holds a full name)
    # or a name a new list marks, or a full name a new report names where that
    # moved the word's candidates (``_candidates_moved``). A new report's lone name, or a
    # reached one, changes no stored report's decision by itself: only through these.
    words = {w for n in uf.parent if uf.find(n) in regrouped for w in _ends(n)}
    # Only a list's marks keep a lone name from a full one (``decide_lone``'s ``apart``), and
    # a new list keeps them apart only if it lists a name of the lone name's group, which
    # holds no full name: a one-word name. Every name of such a group.
    listed = {name for d in stats.documents if d.id in dirty for name, mark in d.marks
              if mark.startswith("list:") and len(names.words(name)) == 1}  # fmt: skip
    listed_roots = {uf.find(n) for n in uf.parent if n[1] in listed}
    words |= {w for n in uf.parent if uf.find(n) in listed_roots for w in _ends(n)}
    named_words = {w for d in dirty for n in people.get(d, []) if len(names.words(n[1])) >= 2
                   for w in _ends(n)} - words  # fmt: skip
    words |= _candidates_moved(store, uf, people, dirty, named_words, stats.summed)
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
                 if n in summed and not words.isdisjoint(_ends(n))}  # fmt: skip
        stats = with_rows(store, replace(stats, summed=asked), dirty)
    wider = widened(store, scope, lone_nodes | candidates, stats, joint, dirty)
    if isinstance(wider, str):
        return wider
    scope, stats, joint = wider
    uf = joint.uf
    common: set[Hashable] = {("joined", uf.find(n)) for n in summed}
    counted = _Counted(store, uf, {names.key(n[1]) for n in scope}, stats, common)
    rare = {d: counted.rare(people[d]) for d in decide}
    company = {e for roots in rare.values() for r in roots for e in counted.naming[r]}
    read(company)
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


def _candidates_moved(store: Store, uf: NameUnion, people: Mapping[str, list[Node]],
                      dirty: set[str], words: set[str],
                      summed: Mapping[Node, StoredSum]) -> set[str]:  # fmt: skip
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
    (``_typed_away``), else unsure."""
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
        for w in _ends(n):
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
            for w in _ends(n):
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
        if not summed_in:
            for g in groups:
                if before[g] and (_beside_only_wins(groups, g) != _beside_only_wins(before, g)):
                    moved.add(w)
        else:
            _beside_only_kept(groups, before, summed_in, dirty)
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
) -> None:
    """Raises ``RowsNeeded`` unless ``_beside_only_wins`` is the same before the new reports
    and after for every group with a stored report, where the groups of ``summed_in`` hold
    summed names (their stored reports counted there, not in ``groups`` and ``before``). A
    rival's reports now are its stored ones (A) and new ones (a), the winner's B and b; the
    stored and the new are apart, so A + a within B + b is A within B and a within b: the
    answer now is the answer before and every a within b. They differ only where every A is
    within B and some a is not within b; every A within B is refuted where the winner and a
    rival have no summed name and that rival's stored reports are not within the winner's, or
    where some rival's stored reports outnumber the most the winner's can be; else the rows
    are needed."""
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
        raise RowsNeeded


def _beside_only_wins(reports: Mapping[Hashable, set[str]], winner: Hashable) -> bool:
    """Whether every report naming a rival candidate's group names ``winner``'s too
    (``lone._beside_only``'s last test)."""
    return all(rs <= reports[winner] for g, rs in reports.items() if g != winner)


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
        for e, refs in _full_names_of(self.store, new).items():
            # only a rare group's reports are read (``rare_in``): more than RARE_COMPANY
            # found tells a common one
            self.naming[("stored", e)] = self.store.reports_naming(refs, RARE_COMPANY + 1)


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
    naming = {e: store.reports_naming(refs, RARE_COMPANY + 1)
              for e, refs in _full_names_of(store, set(entity_of.values())).items()}  # fmt: skip

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


def _full_names_of(store: Store, entities: set[str]) -> dict[str, set[str]]:
    """Each stored entity's full person names (node references of two words or more), from
    ``index_names``; an entity with none maps to an empty set."""
    out: dict[str, set[str]] = {e: set() for e in entities}
    for name, e, _ in store.index_rows_where("index_names", "entity_id", entities):
        if name.startswith("node:person\t") and len(names.words(parse_node(name[5:])[1])) >= 2:
            out[e].add(name[5:])
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
    naming it are new, which the counts and ``_candidates_moved`` weigh."""
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


def _ends(n: Node) -> list[str]:
    ws = names.words(n[1])
    return [ws[0], ws[-1]] if len(ws) >= 2 else list(ws)
