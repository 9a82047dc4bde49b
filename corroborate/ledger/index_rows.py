"""The ledger's index (``ledger.index``) as the store's rows (``store.index``): whole, for a
full rebuild; the tables resolution decides (names, keys, words, entities) from a resolution
and every stored name; or only the rows a ``ResolutionDelta`` names, for an update by delta.
One function makes each kind of row, so that the three ways write the same rows."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from corroborate.ledger.index import (
    DocumentRecord,
    entity_to_json,
    forms_json,
    index_components,
    name_keys,
    node_ref,
    parse_node,
    person_words,
    record_to_json,
    steps_json,
)
from corroborate.ledger.name_rows import name_rows
from corroborate.nlp import names
from corroborate.records import Entity
from corroborate.resolve.blocking import Node
from corroborate.resolve.entities import Resolution
from corroborate.resolve.statistics import DocumentNames
from corroborate.store.index import IndexRows
from corroborate.store.rows import dumps

__all__ = [
    "Layout",
    "Spelling",
    "decided_rows",
    "document_rows",
    "entity_row",
    "entity_rows",
    "index_layout",
    "index_rows",
    "linking_pairs",
    "named_rows",
    "resolution_rows",
    "spellings_of",
    "statistics_rows",
]

# A spelling key's index component (named by its first node) and the stored names spelled so:
# names of one spelling key share the ``key:`` blocking key, so they share a component, and
# each name's keys depend on the types of all of them (``name_keys``).
Spelling = tuple[str, frozenset[Node]]


def index_rows(
    resolution: Resolution,
    records: list[DocumentRecord],
    documents: Collection[str] | None = None,
    named: Iterable[DocumentNames] = (),
) -> IndexRows:
    """The ledger's index as the store's rows; the per-document rows (``index_documents``,
    ``index_refs``) of ``documents`` only, when given (an update that writes those alone,
    ``store.index.replace_index``); resolution's inputs (``ledger.name_rows``) of the
    documents ``named`` (every document for a full build, the new or changed ones for an
    update)."""
    nodes = sorted({n for r in records for n in r.nodes})
    declared = [(r.document_id, a, o) for r in records for a, o in r.pairs]
    local = {(r.document_id, w, n) for r in records for w, n in r.acronyms}
    rows, _ = decided_rows(resolution, nodes, linking_pairs(declared, local))
    document_rows(rows, (r for r in records if documents is None or r.document_id in documents))
    statistics_rows(rows, named)
    return rows


def document_rows(rows: IndexRows, records: Iterable[DocumentRecord]) -> None:
    """Adds each record's ``index_documents`` and ``index_refs`` rows to ``rows``."""
    t = rows.tables
    for r in records:
        record = record_to_json(r)
        forms = forms_json(r.short, r.acronyms)
        t["index_documents"].append(
            (r.document_id, r.content_hash, dumps(record), forms, dumps(steps_json(record)))
        )
        t["index_refs"] += [(ref, r.document_id) for ref in sorted(r.refs())]


def statistics_rows(rows: IndexRows, named: Iterable[DocumentNames]) -> None:
    """Adds the ``store.index.NAME_TABLES`` rows of the documents ``named`` to ``rows``, and
    names those documents (``IndexRows.named``: their stored rows are replaced)."""
    named = list(named)
    for table, found in name_rows(named).items():
        rows.tables[table] += found
    rows.named |= {d.id for d in named}


# Each name's blocking keys (``name_keys``) and index component (``index_components``).
Layout = tuple[dict[Node, list[tuple[str, bool]]], dict[Node, str]]


def index_layout(nodes: list[Node], pairs: list[tuple[Node, Node]]) -> Layout:
    """Each name's blocking keys and index component, for the names ``nodes`` (sorted) and
    the declared ``pairs`` that link (``linking_pairs``): of the whole store, or of whole
    components of it."""
    keys = name_keys(nodes)
    return keys, index_components(keys, pairs)


def linking_pairs(
    declared: Iterable[tuple[str, Node, Node]], local: Collection[tuple[str, str, Node]]
) -> list[tuple[Node, Node]]:
    """The declared pairs ((document, name, alias), in document order) that link index
    components: all but an alias that stands for its name inside its declaring document
    only (``local``: (document, written alias, name), ``resolve.declared.join_declared``'s
    - an acronym or a nickname texts declare for different names). Resolution joins nothing
    by such a pair, so no rule compares the two names through it; linked, one nickname that
    reports give five men ("Pappu") chained the five men's components into one, which an
    update naming any of them resolved again whole (docs/scale.md, scale81 and scale83). An
    update that reaches a declaring name still reaches the alias
    (``reached_join.reached_components``), and the alias's stored declarations name every
    declarer, so whether it is still shared is decided from all of them, as before."""
    return [(a, o) for doc, a, o in declared if (doc, o[1], a) not in local]


def spellings_of(nodes: Iterable[Node], component: Mapping[Node, str]) -> dict[str, Spelling]:
    """Each spelling key of ``nodes`` with its component and its names among ``nodes``."""
    spelled: dict[str, set[Node]] = {}
    for node in nodes:
        spelled.setdefault(names.key(node[1]), set()).add(node)
    return {k: (component[min(ns)], frozenset(ns)) for k, ns in spelled.items()}


def decided_rows(
    resolution: Resolution, nodes: list[Node], pairs: list[tuple[Node, Node]]
) -> tuple[IndexRows, dict[str, Spelling]]:
    """The rows of the tables resolution decides (``index_keys``, ``index_words``,
    ``index_entities``, ``index_names``) for every stored name (``nodes``, sorted; ``pairs``:
    each name and the alias a mention declares, in document order), and each spelling key's
    component and names."""
    rows = IndexRows()
    layout = index_layout(nodes, pairs)
    index = resolution.index
    rows.tables |= resolution_rows(nodes, resolution.bases, index.by_id, index.by_key_map,
                                   index.by_name_map, resolution.node_entity, layout)  # fmt: skip
    return rows, spellings_of(nodes, layout[1])


def resolution_rows(
    nodes: list[Node],
    bases: Iterable[Entity],
    final: Mapping[str, Entity],
    by_key: Mapping[str, str],
    by_name: Mapping[str, str],
    node_entity: Mapping[Node, str],
    layout: Layout,
) -> dict[str, list[tuple[Any, ...]]]:
    """What resolution decided as the index's rows (``index_keys``, ``index_words``,
    ``index_entities``, ``index_names``), for the names ``nodes`` (sorted) laid out as
    ``layout`` (``index_layout``): of the whole store (``decided_rows``), or of whole
    components of it (an update's, ``ledger.reached``)."""
    keys, component = layout
    spellings = spellings_of(nodes, component)
    t: dict[str, list[tuple[Any, ...]]] = {
        "index_keys": [], "index_words": [], "index_entities": [], "index_names": []
    }  # fmt: skip
    for node, ks in keys.items():
        ref, c = node_ref(node), component[node]
        t["index_keys"] += [(k, int(looks), ref, c) for k, looks in ks]
    t["index_words"] = [(w, kind, node_ref(n)) for w, kind, n in person_words(nodes)]
    t["index_entities"] = entity_rows(bases, final, spellings)
    named: dict[str, tuple[str, str]] = {}
    for key, eid in by_key.items():
        named["k:" + key] = (eid, _component(spellings, key))
    for name, eid in by_name.items():
        named["n:" + name] = (eid, _component(spellings, names.key(name)))
    for node, eid in node_entity.items():
        named["node:" + node_ref(node)] = (eid, _component(spellings, names.key(node[1])))
    t["index_names"] = [(name, eid, c) for name, (eid, c) in sorted(named.items())]
    return t


def entity_rows(
    bases: Iterable[Entity], final: Mapping[str, Entity], spellings: Mapping[str, Spelling]
) -> list[tuple[Any, ...]]:
    """The ``index_entities`` rows of ``bases`` (``resolution_rows``'), alone: an update
    makes its names' rows before it assembles the entities, and these after."""
    return [_entity_row(b, final[b.id], spellings) for b in bases]


def named_rows(
    rows: IndexRows,
    resolution: Resolution,
    spellings: Mapping[str, Spelling],
    entities: Iterable[str],
    index_names: Iterable[str],
    nodes: Iterable[Node],
) -> None:
    """Adds to ``rows`` the rows ``decided_rows`` makes of ``entities``, ``index_names`` and
    ``nodes`` alone (those a ``ResolutionDelta`` names), reading ``resolution`` and
    ``spellings`` by key only: none where the entity, name or node is gone."""
    t = rows.tables
    bases = _bases(resolution)
    final = resolution.index.by_id
    for eid in sorted(entities):
        base = bases.get(eid)
        if base is not None:
            t["index_entities"].append(_entity_row(base, final[eid], spellings))
    for name in sorted(index_names):
        found = _looked_up(resolution, name)
        if found is not None:
            t["index_names"].append((name, found[0], _component(spellings, found[1])))
    for node in sorted(nodes):
        spelling = spellings.get(names.key(node[1]))
        if spelling is None or node not in spelling[1]:
            continue  # no stored document names it any more
        ks = name_keys(sorted(spelling[1]))[node]
        t["index_keys"] += [(k, int(looks), node_ref(node), spelling[0]) for k, looks in ks]
        t["index_words"] += [(w, kind, node_ref(n)) for w, kind, n in person_words([node])]


def _entity_row(base: Entity, final: Entity, spellings: Mapping[str, Spelling]) -> tuple[Any, ...]:
    return entity_row(base, dumps(entity_to_json(base)), dumps(entity_to_json(final)), spellings)


def entity_row(
    base: Entity, base_json: str, final_json: str, spellings: Mapping[str, Spelling]
) -> tuple[Any, ...]:
    """The ``index_entities`` row of ``base`` from its base and final as JSON text (an update
    keeps the stored text of the entities it did not assemble again)."""
    return (base.id, _component(spellings, names.key(base.name)), base_json, final_json)


def _component(spellings: Mapping[str, Spelling], key: str) -> str:
    spelling = spellings.get(key)
    return spelling[0] if spelling is not None else ""


def _looked_up(resolution: Resolution, name: str) -> tuple[str, str] | None:
    """The entity an ``index_names`` name stands for now, with the spelling key of its
    component; None where it stands for none."""
    index = resolution.index
    if name.startswith("k:"):
        eid, key = index.by_key_map.get(name[2:]), name[2:]
    elif name.startswith("n:"):
        eid, key = index.by_name_map.get(name[2:]), names.key(name[2:])
    else:  # "node:" + node_ref
        node = parse_node(name[5:])
        eid, key = resolution.node_entity.get(node), names.key(node[1])
    return (eid, key) if eid is not None else None


def _bases(resolution: Resolution) -> Mapping[str, Entity]:
    """The entities as their components made them, by id: a producer that resolves part of
    the store may give them as a view read by key; a whole resolution gives a list."""
    bases: Any = resolution.bases
    if isinstance(bases, Mapping):
        return bases
    return {b.id: b for b in bases}
