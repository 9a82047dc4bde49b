"""Whether the new reports moved the type of a one-word name the store holds, and which stored
reports' lone names that decides again.

NER types one name a person here and an organisation there, and resolution gives every name
one type (``resolve.name_types.one_type_per_name``: the type a text declares it as, else its
most frequent, capitals counting only for names never written otherwise). New reports can
move that type: a lone surname a stored report wrote, decided then as a short form of a full
name, is an organisation's name now, or an organisation's one-word name a person's. The
stored reports' lone names were decided under the old type, and the scoped update decides
again only where names were regrouped - so when a one-word name's type moves to or from a
person, every lone name of the stored reports that write that name as a person is decided
again (``typed_readers``, joined to ``reached_lone.LoneToDecide.whole``). Until 2026-12-06
(grow73) the update resolved every stored document instead, which made the cost of one
addition grow with the store (issue 15). A name the minority types otherwise is folded into
the majority's type at every resolution: no move; nor is a move between organisation and
place, which no lone name's decision reads.

Why those reports and no others: a full build's ``lone.lone_names`` reads a report's lone
names from the people its own mentions name (``DocumentNames.named_people``: the type NER
gave them there) that are names of the typed union; the type decides only whether such a
name is in the union as a person. A one-word name is no full name, so it counts in no
report's company and is no lone word's candidate (both read full names only): a report not
writing the name as a person decides as before.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from corroborate.ledger.index import node_ref
from corroborate.nlp import names
from corroborate.resolve.blocking import Node
from corroborate.resolve.name_types import key_types, most_used_type
from corroborate.resolve.statistics import Declaration, DocumentNames, NameStatistics
from corroborate.store import Store

__all__ = ["one_word_types_moved", "typed_readers"]


def one_word_types_moved(stats: NameStatistics, dirty: set[str]) -> set[str]:
    """The spelling keys of the one-word names the ``dirty`` (new) reports name or declare
    that are a person over the stored reports of the reached names and not over all of them,
    or the other way.
    From the names' counts (the stored reports' are all reports' less the new ones'), not
    each report's: a name many reports name is summed (``NameStatistics.summed``)."""
    new = [d for d in stats.documents if d.id in dirty]
    keys = {names.key(n[1]) for d in new for n in _nodes(d) if len(names.words(n[1])) == 1}
    if not keys:
        return set()
    in_new: Counter[Node] = Counter()
    for d in new:
        in_new.update(d.counts)
    # the names a stored report counts (a declared alias at 0 too), summed ones included
    stored = {n for d in stats.documents if d.id not in dirty for n in d.counts
              if names.key(n[1]) in keys}  # fmt: skip
    stored |= {n for n in stats.summed if names.key(n[1]) in keys}
    before = _types({n: stats.counts[n] - in_new[n] for n in stored},
                    [x for x, doc in stats.declared if doc not in dirty], keys)  # fmt: skip
    after = _types({n: c for n, c in stats.counts.items() if names.key(n[1]) in keys},
                   [x for x, _ in stats.declared], keys)  # fmt: skip
    # Only a move to or from a person decides lone names otherwise (an organisation that
    # becomes a place regroups nothing a lone name's decision reads)
    return {
        key
        for key in keys
        if key in before and before[key] != after.get(key) and "person" in (before[key], after[key])
    }


def typed_readers(
    store: Store, stats: NameStatistics, moved: set[str], dirty: set[str]
) -> set[str]:
    """The stored reports (not ``dirty``) that write a one-word name of a ``moved`` spelling
    key as a person (``index_mentioned``: each report's own types): the reports whose lone
    names the move decides again. Every spelling of those keys is a name of the reached
    components (the new reports name the key), so ``stats`` counts each, a summed one too."""
    spellings = {n[1] for n in stats.counts.keys() | stats.summed.keys()
                 if names.key(n[1]) in moved}  # fmt: skip
    refs = {node_ref(("person", s)) for s in spellings}
    rows = store.index_rows_where("index_mentioned", "node", refs)
    return {r[0] for r in rows if r[3] > 0 and r[0] not in dirty}


def _nodes(d: DocumentNames) -> Iterable[tuple[str, str]]:
    yield from d.counts
    for declaration in d.declared:
        yield declaration.node
        yield declaration.other


def _types(
    counts: Mapping[Node, int], declarations: Iterable[Declaration], keys: set[str]
) -> dict[str, str]:
    """The type each of ``keys`` gets from reports counting ``counts`` (each name they count,
    a declared alias at 0) and declaring ``declarations``, as ``one_type_per_name`` gives it
    to a name not joined to anything."""
    running: dict[str, Counter[str]] = defaultdict(Counter)
    capitals: dict[str, Counter[str]] = defaultdict(Counter)
    declared: dict[str, set[str]] = defaultdict(set)
    for (type_, name), n in counts.items():
        key = names.key(name)
        if key in keys:
            (capitals if name.isupper() else running)[key][type_] += n
    for declaration in declarations:
        for type_, name in (declaration.node, declaration.other):
            if names.key(name) in keys and not names.is_acronym(name):
                declared[names.key(name)].add(type_)
    return {
        key: most_used_type(types)
        for key, types in key_types(running, capitals, declared).items()
        if types
    }
