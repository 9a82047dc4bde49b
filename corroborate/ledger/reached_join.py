"""The names an update's new documents reach, joined as every document joins them
(``ledger.reached``): the stored index components they reach (``reached_components``), those
components joined from their stored statistics and the new documents' own (``join_reached``),
and other components joined beside them (``widened``); and why that cannot be had from the
stored rows (``Unreached``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal

from corroborate.ledger.index import head_fits, is_head_key, name_keys, node_ref, parse_node
from corroborate.ledger.name_rows import stored_names
from corroborate.nlp import names
from corroborate.resolve.blocking import Node, blocking_keys, by_pairs, linked_holders
from corroborate.resolve.declared import ambiguous_acronyms, ambiguous_nicknames
from corroborate.resolve.join import Joined, join_names
from corroborate.resolve.statistics import DocumentNames, NameStatistics
from corroborate.resolve.story import StoryCompany
from corroborate.resolve.union import NameUnion
from corroborate.store import Store

__all__ = ["Unreached", "join_reached", "reached_components", "widened"]


# Why the update resolves every stored document instead (``ledger.update``, ``Update.unreached``).
Unreached = Literal[
    "a stored document changed or was removed",
    "reversed or opening-vowel names to weigh by their story",
    "a person few reports name became common",
    "an acronym defined as different names",
    "a new report declares a nickname declared for different men",
    "stored documents' lone names to decide again",  # a record not as its build writes one
    "a one-word accused decided otherwise outside the reached names",  # ``reached_lone``
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
    """A check before the rules (``join_reached``'s ``check``) found why the update cannot be
    scoped."""

    def __init__(self, why: Unreached) -> None:
        super().__init__(why)
        self.why = why


def join_reached(
    store: Store,
    scope: set[Node],
    dirty: set[str],
    new_names: list[DocumentNames],
    check: Callable[[NameUnion, NameStatistics], Unreached | None] | None = None,
    summed_from: int | None = None,
) -> tuple[NameStatistics, Joined] | Unreached:
    """The names of ``scope`` joined as every document joins them, from their stored
    statistics and the new documents' own, or why that cannot be had from them. ``check``
    is asked once the names have their types, before any rule runs: a reason it gives is
    returned without paying for the rules. ``summed_from``: as ``stored_names``'s."""
    docs, summed, marks_of = stored_names(store, scope, dirty, summed_from)
    stats = NameStatistics.of([*docs, *new_names], summed, marks_of)
    if ambiguous_acronyms(stats.declared):
        return "an acronym defined as different names"
    if _declares_shared_nickname(stats, new_names):
        return "a new report declares a nickname declared for different men"

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


def _declares_shared_nickname(stats: NameStatistics, new_names: list[DocumentNames]) -> bool:
    """Whether a new report declares a nickname that the reached names' reports declare for
    different men (``resolve.declared.ambiguous_nicknames``). Only then can a stored report's
    share change: the nickname stands for its man inside each declaring report only, as the
    stored reports' records already hold it where it was shared before, and a report that
    does not declare it takes no such form; a reached name's declared aliases are reached
    with it, and a reached alias's every declaration is read (``reached_components``,
    ``name_rows.stored_names``), so the reached names tell."""
    declared_new = {d.other for n in new_names for d in n.declared}
    return bool(declared_new and declared_new & ambiguous_nicknames(stats.declared))


def widened(
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
    extra, _, _ = reached_components(store, more - scope)
    extra -= scope
    if not extra:
        return scope, stats, joint
    joined = join_reached(store, extra, dirty, [])
    if isinstance(joined, str):
        return joined
    more_stats, more_joint = joined
    by_id = {d.id: d for d in stats.documents}
    for d in more_stats.documents:
        a = by_id.get(d.id)
        by_id[d.id] = d if a is None else DocumentNames(
            d.id, d.published, a.counts | d.counts, a.accused | d.accused,
            a.declared + d.declared, a.marks + d.marks)  # fmt: skip
    merged = NameStatistics.of(by_id.values(), None, stats.marks)  # a report only marking too
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


def reached_components(
    store: Store, brought: set[Node]
) -> tuple[set[Node], set[str], set[tuple[Any, ...]]]:
    """The names the new ones reach: theirs and the stored components (``index_keys``)
    holding a key of theirs, closed over the keys the names so reached take (``name_keys``:
    a stored name whose spelling key a new name brings another type to holds the keys of
    that type too; its stored keys are its stored types'), and the components of the aliases
    their stored reports declare for them (one way: a nickname kept to its declaring reports
    links no component, ``index_rows.linking_pairs``, but whether it still is depends on its
    every declaration). With those components and their stored rows. A key by pairs
    (``blocking.by_pairs``: ``variant:`` and the word rules' ``ends:``, ``head:``, ``tail:``,
    ``inner:``) reaches only the holders a rule compares with a name asking it
    (``blocking.linked_holders``): no rule compares the others with it, and the index does
    not link them. A head word's block (``headword:``) reaches what the index links of it
    (``_head_components``)."""
    scope = set(brought)
    brought_types: dict[str, set[str]] = defaultdict(set)
    for type_, name in brought:
        brought_types[names.key(name)].add(type_)
    stored_types: dict[str, set[str]] = defaultdict(set)
    components: set[str] = set()
    rows: set[tuple[Any, ...]] = set()
    asked: set[tuple[str, str]] = set()  # (key, "") or, for a key by pairs, (key, asker)
    added = set(brought)
    headed = _head_components(store, brought, brought_types)  # the head words' blocks
    declaring: set[Node] = set()  # the names whose stored declarations were read
    while True:
        # a reached name's declared aliases: one that stands for it in its report only links
        # no component (``index_rows.linking_pairs``), but its declarations tell whether it
        # still does, and the others declaring it are read with it (``stored_names``)
        headed |= _declared_components(store, scope - declaring, scope)
        declaring |= scope
        ask: set[tuple[str, str]] = set()
        for _, name in brought:  # under each type its key has
            for t in brought_types[names.key(name)] | stored_types[names.key(name)]:
                ask |= _asks((t, name))
        for _, name in added - brought:  # stored: under the types new names bring
            for t in brought_types.get(names.key(name), set()) - stored_types[names.key(name)]:
                ask |= _asks((t, name))
        ask = {a for a in ask if not is_head_key(a[0])} - asked
        asked |= ask
        held = store.index_rows_where("index_keys", "key", {k for k, _ in ask})
        found = ({r[3] for r in _linked(held, ask)} | headed) - components
        headed = set()
        if not found:
            return scope, components, rows
        components |= found
        more = store.index_rows_where("index_keys", "component", found)
        rows |= set(more)
        added = {parse_node(ref) for ref in {r[2] for r in more}} - scope  # a row per key
        scope |= added
        for type_, name in added:
            stored_types[names.key(name)].add(type_)


def _declared_components(store: Store, asking: set[Node], scope: set[Node]) -> set[str]:
    """The stored components of the aliases that the stored reports declare for the names
    ``asking`` and that ``scope`` lacks."""
    rows = store.index_rows_where("index_declared", "node", {node_ref(n) for n in asking})
    aliases = {parse_node(r[4]) for r in rows} - scope
    # a name's spelling key holds it in its component (``index_rows.Spelling``)
    keys = {"key:" + names.key(a[1]) for a in aliases}
    refs = {node_ref(a) for a in aliases}
    return {r[3] for r in store.index_rows_where("index_keys", "key", keys) if r[2] in refs}


def _head_components(
    store: Store, brought: set[Node], brought_types: Mapping[str, set[str]]
) -> set[str]:
    """The stored components the head words' blocks (``index.head_links``) link to the new
    names and to the stored names of their spelling keys (``brought``: the new names; their
    types by spelling key), or whose links they move. A block none of those holds or looks
    up keeps its links (every other name's keys and types are as stored), so the stored
    components hold them. A block one of those holds or looks up, where some name looks it
    up: if one of those looks it up, or is a holder ``head_fits`` gives now (by the types of
    the holders' spelling keys with the new names'), or the holders it gives moved (a stored
    holder typed otherwise now, a new one first in name order), the stored components of
    the holders it gives now and of the names looking it up (which hold every holder given
    before); else none: a new holder after the first two sure ones is linked to no one, and
    no stored link moves."""
    spelled: dict[str, set[Node]] = defaultdict(set)  # each brought spelling key's names now
    types_before: dict[str, set[str]] = defaultdict(set)  # the types of stored names' keys
    for node in brought:
        spelled[names.key(node[1])].add(node)
    touched = store.index_rows_where("index_keys", "key", {"key:" + k for k in brought_types})
    for node in (parse_node(r[2]) for r in touched):
        if names.key(node[1]) in brought_types:
            spelled[names.key(node[1])].add(node)
            types_before[names.key(node[1])].add(node[0])
    now: dict[str, tuple[set[Node], set[Node]]] = defaultdict(lambda: (set(), set()))
    for nodes in spelled.values():  # under every type their spelling key has now
        for node, ks in name_keys(sorted(nodes)).items():
            for k, looks in ks:
                if is_head_key(k):
                    now[k][0 if looks else 1].add(node)
    if not now:
        return set()
    stored: dict[str, tuple[set[Node], set[Node]]] = defaultdict(lambda: (set(), set()))
    component: dict[Node, str] = {}
    for k, looks, ref, c in store.index_rows_where("index_keys", "key", set(now)):
        node = parse_node(ref)
        stored[k][0 if looks else 1].add(node)
        component[node] = c
    unbrought = {names.key(n[1]) for k in now for n in stored[k][1]} - brought_types.keys()
    for r in store.index_rows_where("index_keys", "key", {"key:" + k for k in unbrought}):
        node = parse_node(r[2])
        if names.key(node[1]) in unbrought:
            types_before[names.key(node[1])].add(node[0])

    def types_now(name: str) -> set[str]:
        return types_before[names.key(name)] | brought_types.get(names.key(name), set())

    out: set[str] = set()
    for k, (looking, holding) in now.items():
        lookers = stored[k][0] | looking
        if not lookers:
            continue
        fits = set(head_fits(stored[k][1] | holding, types_now))
        before = set(head_fits(stored[k][1], lambda name: types_before[names.key(name)]))
        if looking or fits & holding or fits != before:
            out |= {component[n] for n in fits | stored[k][0] if n in component}
    return out


# The asker of a key the name only holds (``blocking_keys``' looks false: "nick:" of a
# longer name, "initials:" of a spelled-out body): such holders are linked through the key
# only to the names that look it up, never to each other (``index_components``).
_HOLDER = "\x00holds"


def _asks(node: Node) -> set[tuple[str, str]]:
    """``node``'s keys as ``reached_components`` asks them: a key by pairs with the name
    asking it, whose holders a rule compares with it only it reaches; a key the name only
    holds as ``_HOLDER``, which reaches only the names looking it up."""
    return {
        (k, node[1] if by_pairs(k) else ("" if looks else _HOLDER))
        for k, looks in blocking_keys(node)
    }


def _linked(held: list[tuple[Any, ...]], ask: set[tuple[str, str]]) -> Iterator[tuple[Any, ...]]:
    """The stored rows of the keys asked (``held``) whose names share a component with an
    asking name: every holder of a key, but of a key by pairs (``blocking.by_pairs``) only
    the holders a rule compares with a name asking it (``blocking.linked_holders``), as
    ``index_components`` links them."""
    askers: dict[str, set[str]] = defaultdict(set)
    looked_up: set[str] = set()  # keys some asking name looks up: every holder is linked
    for k, name in ask:
        if name == "":
            looked_up.add(k)
        elif name != _HOLDER:
            askers[k].add(name)
    by_key: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for r in held:
        if by_pairs(r[0]):
            by_key[r[0]].append(r)
        elif r[0] in looked_up or r[1]:  # (a key only held: the names looking it up)
            yield r
    for k, block in by_key.items():
        stored = sorted({parse_node(r[2]) for r in block})
        linked = linked_holders(k, sorted(askers[k]), stored)
        yield from (r for r in block if parse_node(r[2]) in linked)
