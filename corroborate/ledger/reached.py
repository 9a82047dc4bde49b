"""Resolution of what new documents reach, from the stored per-name statistics: the update's
resolution without resolving every stored document (issue 15).

``resolve_reached(store, dirty)`` takes the names the new documents bring, the stored index
components they reach (``index_keys``: every name a rule could compare with one of them, by
a blocking key, closed over the keys the component's names hold), and re-runs resolution's
own rules (``resolve.entities.join_names``, ``group_entities``) over those components alone,
from the stored rows of resolution's inputs (``ledger.name_rows``) of those names summed with
the new documents' own. Every input a rule reads of a name is a name of its component (its
spelling key's names, its declared aliases and the names its marks apply to), so the
components' groups, entities and lookups come out as a resolution of every document gives
them; the other components' are the stored index's. Then it compares them with the stored
rows of those components, assembles again the entities whose base or contributions changed
(the contributions of other documents read from their stored records, ``c:`` references),
and returns the difference as a ``ledger.delta.ResolutionDelta`` whose maps are the stored
index overlaid with it.

Three inputs are not per name. Lone names are decided per report from the company it keeps:
the reports whose decision may change are decided again by the same ``lone_names`` over the
reached names widened by every name those reports, their candidates and their company write
(``_decided``); a stored report's own short forms, which head its record's, are read from the
index (``index_short``), not from its mentions. The story company of reversed and
opening-vowel names (which reports name which people few reports name) and acronyms that
texts define as different names are not stored: where the new documents could change them,
and for a changed or removed stored document, it returns a named reason (``Unreached``) and
the update resolves every document as before (``ledger.update``): never a delta it has not
proven. The checks that need no join (a person few reports name crossing ``RARE_COMPANY``)
are asked before the rules run, so a fall-back does not pay for the join first.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterator, Mapping
from typing import Any, Literal

from corroborate.ledger.delta import ResolutionDelta, read_view
from corroborate.ledger.index import (
    contributions_to,
    entity_from_json,
    entity_to_json,
    forms_short,
    node_ref,
    parse_node,
    record_from_json,
)
from corroborate.ledger.index_rows import Spelling, index_layout, resolution_rows, spellings_of
from corroborate.ledger.name_rows import stored_names, stored_short_forms
from corroborate.nlp import names
from corroborate.records import Entity, Mention
from corroborate.resolve import parts
from corroborate.resolve.blocking import Node, blocking_keys
from corroborate.resolve.entities import (
    DocumentMentions,
    EntityIndex,
    Joined,
    Resolution,
    StoryCompany,
    ambiguous_acronyms,
    document_short_forms,
    group_entities,
    join_names,
    mention_nodes,
)
from corroborate.resolve.lone import RARE_COMPANY, LoneInputs, decide_lone
from corroborate.resolve.statistics import DocumentNames, NameStatistics, document_names
from corroborate.resolve.union import NameUnion
from corroborate.store import Store
from corroborate.store.rows import dumps, loads

__all__ = ["Unreached", "resolve_reached"]

# Why the update resolves every stored document instead (``ledger.update``, ``Update.unreached``).
Unreached = Literal[
    "a stored document changed or was removed",
    "reversed or opening-vowel names to weigh by their story",
    "a person few reports name became common",
    "an acronym defined as different names",
    "stored documents' lone names to decide again",  # a record not as its build writes one
]


class _StoryUnread(StoryCompany):
    """The story company is read from every report naming two names: not stored per name,
    so a rule that weighs it sends the update back to resolving every document."""

    def __init__(self) -> None:  # nothing read: ``shared`` is never answered
        pass

    def shared(self, a: Node, b: Node) -> bool:
        raise _StoryNeeded


class _StoryNeeded(Exception):
    pass


class _Refused(Exception):
    """A check before the rules (``_joined``'s ``check``) found why the update cannot be
    scoped."""

    def __init__(self, why: Unreached) -> None:
        super().__init__(why)
        self.why = why


def resolve_reached(
    store: Store,
    dirty: set[str],
    indexed: Mapping[str, str] | None = None,
    stored: Mapping[str, str] | None = None,
) -> ResolutionDelta | Unreached:
    """The delta of a resolution of every stored document against the stored index, from
    the components the ``dirty`` (new) documents reach, or why it cannot be had so.
    ``indexed`` and ``stored``: each indexed and each stored document's content hash, when
    the caller has listed them already (``ledger.update.plan``), else read here."""
    indexed = store.indexed_hashes() if indexed is None else indexed
    stored = store.document_hashes() if stored is None else stored
    if any(d not in stored for d in indexed) or any(d in indexed for d in dirty):
        return "a stored document changed or was removed"
    published = store.published(dirty)
    docs = [
        DocumentMentions(d, published[d], [m for _, m in store.mentions(d)]) for d in sorted(dirty)
    ]
    new_names = [document_names(d) for d in docs]
    brought = {n for d in docs for m in d.mentions for n in mention_nodes(m)}
    scope, components, key_rows = _reached(store, brought)
    names_before = {r[0]: (r[1], r[2]) for r in
                    store.index_rows_where("index_names", "component", components)}  # fmt: skip
    spelled = {names.key(n[1]) for n in scope}

    def crossing(uf: NameUnion, stats: NameStatistics) -> Unreached | None:
        return _crossing(store, uf, stats, dirty, names_before, spelled)

    joined = _joined(store, scope, dirty, new_names, crossing)
    if isinstance(joined, str):
        return joined
    stats, joint = joined
    bases, node_entity, by_key, by_name = group_entities(joint, stats.first_doc)
    why = _lone_names_to_decide(store, joint, node_entity, stats, dirty, names_before, spelled)
    short: dict[str, list[tuple[str, Node]]] = {
        d.id: [(w, n) for _, w, n in document_short_forms(d)] for d in docs
    }  # fmt: skip
    if why:
        # Reports whose lone names must be decided again: from every name they, their
        # candidates and their company name, resolved with the reached ones.
        decided = _decided(store, why, (scope, stats, joint), dirty, new_names, docs)
        if isinstance(decided, str):
            return decided
        short |= decided
    # What the components decide, against the stored rows of the same components.
    stored_entities = store.index_rows_where("index_entities", "component", components)
    entities_before = {r[0]: (r[1], r[2], r[3]) for r in stored_entities}
    base_of = {b.id: b for b in bases}
    gone = entities_before.keys() - base_of.keys()
    base_changed = gone | {
        e for e, b in base_of.items()
        if e not in entities_before or dumps(entity_to_json(b)) != entities_before[e][1]
    }  # fmt: skip
    overlay = _Overlay(store, spelled, node_entity, by_key, by_name, base_of, gone)
    pairs = [(d.node, d.other) for d, _ in stats.declared]
    # names first: which lookups changed decides which documents' parts are made again
    layout = index_layout(sorted(scope), pairs)
    rows = resolution_rows(sorted(scope), [], {}, by_key, by_name, node_entity, layout)
    names_now = {r[0]: (r[1], r[2]) for r in rows["index_names"]}
    names_changed = {n for n in names_now.keys() | names_before.keys()
                     if names_now.get(n) != names_before.get(n)}  # fmt: skip
    refs = {_as_ref(n) for n in names_changed
            if names_now.get(n, ("",))[0] != names_before.get(n, ("",))[0]}  # fmt: skip
    finals = _assembled(store, docs, dirty, refs, base_changed, base_of, entities_before, overlay,
                        short)  # fmt: skip
    overlay.by_id.own = finals.now
    rows = resolution_rows(sorted(scope), bases, finals.now, by_key, by_name, node_entity,
                           layout)  # fmt: skip
    entities_now = {r[0]: (r[1], r[2], r[3]) for r in rows["index_entities"]}
    entities = {e for e in entities_now.keys() | entities_before.keys()
                if entities_now.get(e) != entities_before.get(e)}  # fmt: skip
    for e in finals.outside:  # entities of other components whose contributions changed
        if dumps(entity_to_json(finals.now[e])) != finals.before.get(e):
            entities.add(e)
    for e in entities:
        now, then = finals.now.get(e), finals.before.get(e)
        if (now and read_view(entity_to_json(now))) != (then and read_view(loads(then))):
            refs.add("e:" + e)
    scoped_refs = {node_ref(n) for n in scope}
    words_before = {r for r in store.index_rows_where("index_words", "word",
                                                      {r[0] for r in rows["index_words"]})
                    if r[2] in scoped_refs}  # fmt: skip
    nodes = {parse_node(r[2]) for r in set(rows["index_keys"]) ^ key_rows}
    nodes |= {parse_node(r[2]) for r in set(rows["index_words"]) ^ words_before}
    resolution = overlay.resolution(short, dirty)
    spellings = _Spellings(store, spellings_of(scope, layout[1]))
    return ResolutionDelta(resolution, refs, set(short) | dirty, entities, names_changed, nodes,
                           spellings)  # fmt: skip


def _joined(
    store: Store,
    scope: set[Node],
    dirty: set[str],
    new_names: list[DocumentNames],
    check: Callable[[NameUnion, NameStatistics], Unreached | None] | None = None,
) -> tuple[NameStatistics, Joined] | Unreached:
    """The names of ``scope`` joined as every document joins them, from their stored
    statistics and the new documents' own, or why that cannot be had from them. ``check``
    is asked once the names have their types, before any rule runs: a reason it gives is
    returned without paying for the rules."""
    stats = NameStatistics.of([*stored_names(store, scope, dirty), *new_names])
    if ambiguous_acronyms(stats.declared):
        return "an acronym defined as different names"

    def company(uf: NameUnion) -> StoryCompany:
        why = None if check is None else check(uf, stats)
        if why is not None:
            raise _Refused(why)
        return _StoryUnread()

    try:
        return stats, join_names(stats, company)
    except _StoryNeeded:
        return "reversed or opening-vowel names to weigh by their story"
    except _Refused as refused:
        return refused.why


def _decided(
    store: Store,
    decide: set[str],
    reached: tuple[set[Node], NameStatistics, Joined],
    dirty: set[str],
    new_names: list[DocumentNames],
    docs: list[DocumentMentions],
) -> dict[str, list[tuple[str, Node]]] | Unreached:
    """The short forms of the reports ``decide`` names whose lone names come out otherwise,
    decided again by ``lone.decide_lone``: their lone names and the full names those could
    stand for are joined with the reached ones (their components, not reached, join as
    stored); every other person a report of theirs or of their company names is counted by
    its stored entity, from the reports naming that entity's names."""
    scope, stats, joint = reached
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
    lone_nodes = {n for d in decide for n in people[d] if len(names.words(n[1])) == 1}
    words = {names.words(n[1])[0] for n in lone_nodes}  # as ``index_words`` holds them
    candidates = {parse_node(r[2]) for r in store.index_rows_where("index_words", "word", words)
                  if r[1] == "end"}  # fmt: skip
    wider = _widened(store, scope, lone_nodes | candidates, stats, joint, dirty)
    if isinstance(wider, str):
        return wider
    scope, stats, joint = wider
    uf = joint.uf
    counted = _Counted(store, uf, {names.key(n[1]) for n in scope}, stats)
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
        {d: {n for n in people[d] if n in lone_nodes and n in uf.parent} for d in decide},
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
        if own + lone[d] != stored:
            out[d] = own + lone[d]
    return out


class _Counted:
    """The group of a person's full name and the reports naming it: a joined name's by its
    root and the reports the statistics count (every report naming a joined name), any other
    by its stored entity and the reports naming one of its names (``index_mentioned``)."""

    def __init__(self, store: Store, uf: NameUnion, spelled: set[str],
                 stats: NameStatistics) -> None:  # fmt: skip
        self.store, self.uf, self.spelled = store, uf, spelled
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
        return {g for g in groups if len(self.naming[g]) <= RARE_COMPANY}

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


def _widened(
    store: Store,
    scope: set[Node],
    more: set[Node],
    stats: NameStatistics,
    joint: Joined,
    dirty: set[str],
) -> tuple[set[Node], NameStatistics, Joined] | Unreached:
    """The join of ``scope`` with the stored components of ``more`` beside it: those no new
    name reaches, joined alone from their stored statistics, their union, statistics and
    names added to the reached ones' (the two share no name)."""
    if more <= scope:
        return scope, stats, joint
    extra, _, _ = _reached(store, more - scope)
    extra -= scope
    if not extra:
        return scope, stats, joint
    joined = _joined(store, extra, dirty, [])
    if isinstance(joined, str):
        return joined
    more_stats, more_joint = joined
    by_id = {d.id: d for d in stats.documents}
    for d in more_stats.documents:
        a = by_id.get(d.id)
        by_id[d.id] = d if a is None else DocumentNames(
            d.id, d.published, a.counts | d.counts, a.accused | d.accused,
            a.declared + d.declared, a.marks + d.marks)  # fmt: skip
    merged = NameStatistics.of(by_id.values())
    uf = NameUnion()
    uf.parent = joint.uf.parent | more_joint.uf.parent
    uf.edges.update(joint.uf.edges)
    uf.edges.update(more_joint.uf.edges)
    uf.marks = joint.uf.marks | more_joint.uf.marks
    counts = Counter(joint.counts)
    counts.update(more_joint.counts)  # zeros kept (``+`` would drop a declared alias's)
    both = Joined(uf, sorted(joint.nodes + more_joint.nodes), counts,
                  joint.acronyms_here + more_joint.acronyms_here)  # fmt: skip
    return scope | extra, merged, both


def _as_ref(name: str) -> str:
    return "m:" + name[5:] if name.startswith("node:") else name


def _reached(store: Store, brought: set[Node]) -> tuple[set[Node], set[str], set[tuple[Any, ...]]]:
    """The names the new ones reach: theirs and the stored components (``index_keys``)
    holding a key of theirs, closed over the keys the names so reached take (``name_keys``:
    a stored name whose spelling key a new name brings another type to holds the keys of
    that type too; its stored keys are its stored types'). With those components and their
    stored rows."""
    scope = set(brought)
    brought_types: dict[str, set[str]] = defaultdict(set)
    for type_, name in brought:
        brought_types[names.key(name)].add(type_)
    stored_types: dict[str, set[str]] = defaultdict(set)
    components: set[str] = set()
    rows: set[tuple[Any, ...]] = set()
    asked: set[str] = set()
    added = set(brought)
    while True:
        ask: set[str] = set()
        for _, name in brought:  # under each type its key has
            for t in brought_types[names.key(name)] | stored_types[names.key(name)]:
                ask |= {k for k, _ in blocking_keys((t, name))}
        for _, name in added - brought:  # stored: under the types new names bring
            for t in brought_types.get(names.key(name), set()) - stored_types[names.key(name)]:
                ask |= {k for k, _ in blocking_keys((t, name))}
        ask -= asked
        asked |= ask
        found = {r[3] for r in store.index_rows_where("index_keys", "key", ask)} - components
        if not found:
            return scope, components, rows
        components |= found
        more = store.index_rows_where("index_keys", "component", found)
        rows |= set(more)
        added = {parse_node(r[2]) for r in more} - scope
        scope |= added
        for type_, name in added:
            stored_types[names.key(name)].add(type_)


def _crossing(
    store: Store,
    uf: NameUnion,
    stats: NameStatistics,
    dirty: set[str],
    names_before: Mapping[str, tuple[str, str]],
    spelled: set[str],
) -> Unreached | None:
    """Why the story company could differ from the stored one (a person few reports name
    became common or the reverse, where a story is weighed), else None. Reads only the
    reached names as typed (``uf.parent``), not their groups: asked before the rules join
    them, so that a fall-back does not pay for the join first."""
    people = _people(uf, stats)
    # The story company counts reports per spelling key of full names: a key whose count
    # crosses ``RARE_COMPANY`` changes which reports share a rare person, in any component;
    # so does a stored full name that becomes or stops being a person.
    persons_before = {k[5:] for k in names_before if k.startswith("node:person\t")}
    for n in uf.parent:
        full_person = n[0] == "person" and len(names.words(n[1])) >= 2
        was = node_ref(n) in persons_before
        if full_person != was and (was or any(n in ns for d, ns in people.items()
                                              if d not in dirty)):  # fmt: skip
            return "a person few reports name became common"
    now: Counter[str] = Counter()
    before: Counter[str] = Counter()
    for d, ns in people.items():
        keys = {names.key(n[1]) for n in ns if len(names.words(n[1])) >= 2}
        now.update(keys)
        if d not in dirty:
            before.update(keys)
    flipped = {k for k in now if (now[k] <= RARE_COMPANY) != (before[k] <= RARE_COMPANY)}
    if flipped and _story_exposed(store, flipped, people, spelled):
        return "a person few reports name became common"
    return None


def _people(uf: NameUnion, stats: NameStatistics) -> dict[str, list[Node]]:
    """Every report naming a reached name, with the reached people it names."""
    return {d.id: [n for n in d.named_people() if n in uf.parent] for d in stats.documents}


def _lone_names_to_decide(
    store: Store,
    joined: Joined,
    node_entity: Mapping[Node, str],
    stats: NameStatistics,
    dirty: set[str],
    names_before: Mapping[str, tuple[str, str]],
    spelled: set[str],
) -> set[str]:
    """The reports whose lone names must be decided again (those it cannot clear:
    conservative), once ``_crossing`` found the story company unchanged."""
    uf = joined.uf
    people = _people(uf, stats)
    # Lone names: the reports naming each reached person (by group), before and after.
    full = {d: {uf.find(n) for n in ns if len(names.words(n[1])) >= 2} for d, ns in people.items()}
    named_in = Counter(r for roots in full.values() for r in roots)
    named_before = Counter(r for d, roots in full.items() if d not in dirty for r in roots)

    def lone(n: Node) -> bool:
        return n[0] == "person" and len(names.words(n[1])) == 1 and n not in node_entity

    decide = {
        d for d in dirty
        if any(lone(n) for n in people.get(d, []))
        and any(2 <= named_in[r] <= RARE_COMPANY for r in full.get(d, set()))
    }  # fmt: skip
    # Stored reports whose company may change: naming a group whose stored names were
    # grouped otherwise, or a rare one a new report names.
    regrouped = _regrouped(uf, node_entity, names_before)
    touched = {d for d, roots in full.items() if d not in dirty and any(
        r in regrouped or (named_in[r] != named_before[r] and min(
            named_in[r], named_before[r]) <= RARE_COMPANY) for r in roots)}  # fmt: skip
    # Stored reports whose candidates may change: writing a lone word that begins or ends a
    # full name a new report names or a regrouped one, or a reached lone name.
    words = {w for d in dirty for n in people.get(d, []) for w in _ends(n)}
    words |= {w for n in uf.parent if uf.find(n) in regrouped for w in _ends(n)}
    words |= {w for n in uf.parent if n[0] == "person" for w in _lone_word(n)}
    words |= {w for d in stats.documents if d.id in dirty for name, _ in d.marks
              for w in names.words(name)}  # fmt: skip
    words |= {w for d in stats.documents if d.id in dirty for name, _ in d.marks
              for w in _ends(("person", name))}  # fmt: skip
    lone_nodes = {r[2] for r in store.index_rows_where("index_words", "word", words)
                  if r[1] == "lone"}  # fmt: skip
    readers = {r[0] for r in store.index_rows_where("index_mentioned", "node", lone_nodes)
               if r[3] > 0 and r[0] not in dirty}  # fmt: skip
    if touched:
        named = store.index_rows_where("index_mentioned", "document_id", touched)
        readers |= {r[0] for r in named if r[3] > 0 and _lone_before(parse_node(r[2]),
                                                                      names_before)}  # fmt: skip
    return decide | _not_alone(store, readers, uf, named_in, spelled)


def _story_exposed(store: Store, flipped: set[str], people: Mapping[str, list[Node]],
                   spelled: set[str]) -> bool:  # fmt: skip
    """Whether a report naming a person whose count crossed ``RARE_COMPANY`` (``flipped``
    spelling keys) also names a reversed or opening-vowel name of another component: only
    those rules read the story company (``StoryCompany.shared``), and only between names
    that share their blocking key (a reached component's are weighed again, which sends the
    update to a full resolution)."""
    crossed = {
        d for d, ns in people.items()
        if any(names.key(n[1]) in flipped for n in ns if len(names.words(n[1])) >= 2)
    }  # fmt: skip
    holders: dict[str, set[str]] = defaultdict(set)
    for key, _, ref, _ in store.index_keys_like(("reversed:%", "opening:%")):
        holders[key].add(ref)
    weighed = {ref for refs in holders.values() if len(refs) >= 2 for ref in refs
               if names.key(parse_node(ref)[1]) not in spelled}  # fmt: skip
    readers = {r[0] for r in store.index_rows_where("index_mentioned", "node", weighed) if r[3] > 0}
    return bool(crossed & readers)


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


def _lone_before(n: Node, names_before: Mapping[str, tuple[str, str]]) -> bool:
    """Whether a stored one-word person name had no entity (a lone name), or may have had."""
    return (
        n[0] == "person"
        and len(names.words(n[1])) == 1
        and ("node:" + node_ref(n)) not in names_before
    )


def _regrouped(uf: NameUnion, node_entity: Mapping[Node, str],
               names_before: Mapping[str, tuple[str, str]]) -> set[Node]:  # fmt: skip
    """The groups (roots) whose stored names had another grouping: two stored entities now
    one, one now two, or a stored name now in a group or out of one."""
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
    for n in uf.parent:
        had = ("node:" + node_ref(n)) in names_before
        if had != (n in node_entity):
            out.add(uf.find(n))
    return out


def _lone_word(n: Node) -> list[str]:
    """A one-word name's word as ``names.words`` writes it (lower-cased), else none."""
    ws = names.words(n[1])
    return ws if len(ws) == 1 else []


def _ends(n: Node) -> list[str]:
    ws = names.words(n[1])
    return [ws[0], ws[-1]] if len(ws) >= 2 else list(ws)


class _Finals:
    """The entities of the reached components as documents make them (``now``) and the
    entities of other components whose contributions changed (also in ``now``, listed in
    ``outside``), with the stored finals of both (``before``, JSON)."""

    def __init__(self) -> None:
        self.now: dict[str, Entity] = {}
        self.before: dict[str, str] = {}
        self.outside: set[str] = set()


def _assembled(
    store: Store,
    docs: list[DocumentMentions],
    dirty: set[str],
    refs: set[str],
    base_changed: set[str],
    base_of: dict[str, Entity],
    entities_before: Mapping[str, tuple[str, str, str]],
    overlay: _Overlay,
    short: Mapping[str, list[tuple[str, Node]]],
) -> _Finals:
    """The entities whose base changed or to which a document's contributions changed,
    assembled again (``parts.assemble``) from every document's contributions: the new
    documents' and those of the stored documents reading a changed reference made again
    (``parts.document_part``: a name's entity, a lookup, an entity whose base changed), the
    others' read from their stored records (``c:`` references)."""
    out = _Finals()
    out.before = {e: v[2] for e, v in entities_before.items()}
    changed = refs | {"e:" + e for e in base_changed}
    # the stored reports whose short forms changed (a lone name decided otherwise) too
    again = (store.documents_reading(changed) | short.keys()) - dirty
    parts_now: dict[str, list[parts.Contribution]] = {}
    parts_before: dict[str, list[parts.Contribution]] = {}
    order: dict[str, tuple[str, str]] = {}
    for doc in docs:
        parts_now[doc.id] = overlay.part(doc.id, doc.published, doc.mentions, short[doc.id], [])
        order[doc.id] = parts.resolution_order(doc.published, doc.id)
    for d, payload in store.index_payloads(again).items():
        record = record_from_json(d, "", loads(payload))
        mentions = [m for _, m in store.mentions(d)]
        parts_now[d] = overlay.part(d, record.published, mentions, short.get(d, record.short),
                                    record.acronyms)  # fmt: skip
        parts_before[d] = record.contributions
        order[d] = parts.resolution_order(record.published, d)
    touched = set(base_changed)
    for d, contributions in parts_now.items():
        if contributions != parts_before.get(d):
            touched |= {c.entity_id for c in contributions}
            touched |= {c.entity_id for c in parts_before.get(d, [])}
    # A new document indexed before (its index row deleted by hand): its stored
    # contributions are in the stored finals, and it is made again here.
    touched |= {r[0][2:] for r in store.index_rows_where("index_refs", "document_id", dirty)
                if r[0].startswith("c:")}  # fmt: skip
    outside = touched - base_of.keys() - entities_before.keys()
    stored_outside = {r[0]: r for r in store.index_rows_where("index_entities", "entity_id",
                                                               outside)}  # fmt: skip
    for e, row in stored_outside.items():
        out.before[e] = row[3]
    assembled = {e for e in touched if e in base_of or e in stored_outside}  # else gone
    # The other contributing documents' contributions to those entities, each stored record
    # read once for all of them (an entity many reports name shares its readers with others).
    readers = {e: store.documents_reading({"c:" + e}) - dirty - parts_now.keys()
               for e in sorted(assembled)}  # fmt: skip
    stored_given: dict[str, list[tuple[tuple[str, str], parts.Contribution]]] = defaultdict(list)
    for d, payload in store.index_payloads(set().union(*readers.values())).items():
        record = loads(payload)
        at = parts.resolution_order(record["published"], d)
        for c in contributions_to(record, assembled):
            stored_given[c.entity_id].append((at, c))
    for e in sorted(assembled):
        if e in base_of:
            base = base_of[e]
        else:
            base = entity_from_json(loads(stored_outside[e][2]))
            out.outside.add(e)
        # documents reading "c:e" hold a contribution to e (``DocumentRecord.refs``)
        given = list(stored_given.get(e, []))
        for d, contributions in parts_now.items():
            given += [(order[d], c) for c in contributions if c.entity_id == e]
        out.now[e] = parts.assemble(base, given)
    for e in base_of:
        if e not in out.now:  # its base and its contributions as stored
            out.now[e] = entity_from_json(loads(entities_before[e][2]))
    return out


class _View(Mapping[Any, Any]):
    """A map answered from ``own`` where ``mine(key)`` (absent there: absent), else from the
    store (``fetch`` of some keys), each stored answer kept. Read by key only: the update by
    delta never reads a resolution whole, and reading the store whole here would make it
    O(store) again, so iterating it raises."""

    def __init__(self, own: Mapping[Any, Any], mine: Callable[[Any], bool],
                 fetch: Callable[[list[Any]], Mapping[Any, Any]]) -> None:  # fmt: skip
        self.own, self.mine, self.fetch = own, mine, fetch
        self.cache: dict[Any, Any] = {}
        self.missing: set[Any] = set()

    def __getitem__(self, key: Any) -> Any:
        if self.mine(key):
            return self.own[key]
        if key in self.cache:
            return self.cache[key]
        if key in self.missing:
            raise KeyError(key)
        found = self.fetch([key])
        if key not in found:
            self.missing.add(key)
            raise KeyError(key)
        self.cache[key] = found[key]
        return found[key]

    def __contains__(self, key: object) -> bool:
        try:
            self[key]
        except KeyError:
            return False
        return True

    def get(self, key: Any, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __iter__(self) -> Iterator[Any]:
        raise TypeError(_BY_KEY)

    def __len__(self) -> int:
        raise TypeError(_BY_KEY)


_BY_KEY = "a resolution of what new documents reach is read by key, never whole"


class _Overlay:
    """The stored index overlaid with what the reached components decide: a name of their
    spelling keys is answered from them (found or not), any other from the stored index; an
    entity of theirs (or one whose contributions changed) from them, any other stored."""

    def __init__(self, store: Store, spelled: set[str], node_entity: dict[Node, str],
                 by_key: dict[str, str], by_name: dict[str, str], base_of: dict[str, Entity],
                 gone: set[str]) -> None:  # fmt: skip
        self.store = store
        self.node_entity = _View(
            node_entity, lambda n: names.key(n[1]) in spelled,
            lambda ns: self._names("node:", [node_ref(n) for n in ns], parse_node),
        )  # fmt: skip
        self.by_key = _View(by_key, lambda k: k in spelled, lambda ks: self._names("k:", ks, str))
        self.by_name = _View(
            by_name, lambda n: names.key(n) in spelled, lambda ns: self._names("n:", ns, str)
        )  # fmt: skip
        self.by_id = _View(
            base_of, lambda e: e in self.by_id.own or e in gone,
            lambda es: self._entities(es, 3),
        )  # fmt: skip
        # the entities as their components made them: the reached ones', else stored
        self.bases = _View(base_of, lambda e: e in base_of or e in gone,
                           lambda es: self._entities(es, 2))  # fmt: skip

    def _names(self, prefix: str, wanted: list[Any], key: Callable[[str], Any]) -> dict[Any, str]:
        rows = self.store.index_rows_where("index_names", "name", {prefix + w for w in wanted})
        return {key(r[0][len(prefix) :]): r[1] for r in rows}

    def _entities(self, ids: list[str], column: int) -> dict[str, Entity]:
        """Stored entities by id: their base (``column`` 2) or final (3) JSON."""
        rows = self.store.index_rows_where("index_entities", "entity_id", set(ids))
        return {r[0]: entity_from_json(loads(r[column])) for r in rows}

    def part(self, document_id: str, published: str | None, mentions: list[Mention],
             short: list[tuple[str, Node]],
             acronyms: list[tuple[str, Node]]) -> list[parts.Contribution]:  # fmt: skip
        """What one document adds to entities, looked up in the overlaid index."""
        by_doc = parts.document_lookups(document_id, mentions, short, acronyms,
                                        self.node_entity.get)  # fmt: skip
        index = EntityIndex([], self.by_key, by_doc, self.by_name, by_id=self.by_id)
        return parts.document_part(document_id, published, mentions, short, acronyms,
                                   self.node_entity.get, self.by_id.__getitem__,
                                   index).contributions  # fmt: skip

    def resolution(self, short: dict[str, list[tuple[str, Node]]], dirty: set[str]) -> Resolution:
        """The overlaid index as a ``Resolution`` read by key (a name costs a look-up): its
        entities and bases by id, no list of them (``_Unlisted``)."""
        index = EntityIndex(_Unlisted(), self.by_key, {}, self.by_name, by_id=self.by_id)
        return Resolution(
            index,
            self.bases,  # type: ignore[arg-type]  # by id (``index_rows.named_rows``)
            self.node_entity,  # type: ignore[arg-type]
            _StoredShort(self.store, short, "short"),  # type: ignore[arg-type]
            _StoredShort(self.store, {d: [] for d in dirty}, "acronyms"),  # type: ignore[arg-type]
            {},
        )


class _StoredShort(Mapping[str, list[tuple[str, Node]]]):
    """Each document's short forms (or acronyms): the new documents' as made here, the
    others' as their stored records hold them. Read by key only."""

    def __init__(self, store: Store, own: dict[str, list[tuple[str, Node]]], field: str) -> None:
        self.store, self.own, self.field = store, own, field

    def __getitem__(self, document_id: str) -> list[tuple[str, Node]]:
        if document_id in self.own:
            return self.own[document_id]
        payload = self.store.index_payloads({document_id}).get(document_id)
        if payload is None:
            raise KeyError(document_id)
        return [(w, (n[0], n[1])) for w, n in loads(payload)[self.field]]

    def __iter__(self) -> Iterator[str]:
        raise TypeError(_BY_KEY)

    def __len__(self) -> int:
        raise TypeError(_BY_KEY)


class _Unlisted(list[Entity]):
    """The entities of a resolution read by id only (``EntityIndex.by_id``): listing them
    would read the stored index whole."""

    def __iter__(self) -> Iterator[Entity]:
        raise TypeError(_BY_KEY)

    def __len__(self) -> int:
        raise TypeError(_BY_KEY)

    def __getitem__(self, i: Any) -> Any:
        raise TypeError(_BY_KEY)


class _Spellings(Mapping[str, Spelling]):
    """Each spelling key's index component and names (``ledger.index_rows.Spelling``): those
    of the reached components as laid out again (``own``), any other as stored (every name
    has its ``key:`` blocking key in ``index_keys``, in its component). Read by key only."""

    def __init__(self, store: Store, own: dict[str, Spelling]) -> None:
        self.store, self.own = store, own
        self.cache: dict[str, Spelling | None] = {}

    def __getitem__(self, key: str) -> Spelling:
        if key in self.own:
            return self.own[key]
        if key not in self.cache:
            rows = self.store.index_rows_where("index_keys", "key", {"key:" + key})
            found = {parse_node(r[2]) for r in rows}
            self.cache[key] = (min(r[3] for r in rows), frozenset(found)) if rows else None
        spelling = self.cache[key]
        if spelling is None:
            raise KeyError(key)
        return spelling

    def __iter__(self) -> Iterator[str]:
        raise TypeError(_BY_KEY)

    def __len__(self) -> int:
        raise TypeError(_BY_KEY)
