"""What a resolution of the store decides otherwise than the stored index (``ResolutionDelta``):
the seam between resolution and the work after it.

Everything after resolution (``ledger.restep``, ``ledger.update``, the index rows written)
reads a resolution only through a delta: the references whose value changed (documents that
read one are stepped again), the documents whose short forms or acronyms changed, and the
entities, names and nodes whose index rows changed (only those rows are written). So its cost
follows what changed, whoever computes the delta. ``resolution_delta`` computes it today's
way, from a resolution of every stored document compared whole with the stored index; a
producer that resolves only what a new article reaches may give the same delta otherwise,
with the resolution's maps as views read by key (``ledger.reached.resolve_reached``, proven
equal to this reference by ``tests/ledger/test_reached.py``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from corroborate.ledger.index import forms_json, parse_node
from corroborate.ledger.index_rows import Spelling, decided_rows, linking_pairs
from corroborate.records import Mention
from corroborate.resolve.blocking import Node
from corroborate.resolve.entities import Resolution
from corroborate.resolve.entity_index import alias_ref
from corroborate.resolve.nodes import mention_nodes
from corroborate.store import Store
from corroborate.store.rows import loads

__all__ = ["ResolutionDelta", "alias_view", "entity_refs", "read_view", "resolution_delta"]


@dataclass
class ResolutionDelta:
    """What a resolution of the store decides otherwise than the stored index."""

    # Its maps (index.by_id, by_key_map, by_name_map, node_entity, short, acronyms,
    # documents, bases) may be read-only views over the stored index overlaid with what
    # changed: the work after resolution reads them by key, never whole.
    resolution: Resolution
    refs: set[str]  # m:/k:/n:/e:/a: refs whose value differs from the stored index
    # stored documents whose short forms or acronyms differ from their stored record, and
    # the new or changed ("dirty") ones
    documents: set[str]
    entities: set[str]  # entity ids whose index_entities row differs, added or gone
    names: set[str]  # index_names rows ("k:", "n:", "node:" names) that differ, added or gone
    nodes: set[Node]  # nodes whose index_keys / index_words rows differ, added or gone
    # Each spelling key's component and names now (``index_rows.Spelling``), read by key for
    # the keys of ``entities``, ``names`` and ``nodes``: what their rows are written with.
    spellings: Mapping[str, Spelling]
    # How many names a scoped resolution (``ledger.reached``) resolved again: the new ones
    # and the stored components they reach, what its cost grows with; None where every
    # stored document was resolved (``resolution_delta``).
    reached: int | None = None


def resolution_delta(
    store: Store,
    resolution: Resolution,
    dirty: Collection[str] = (),
    mentions: Mapping[str, list[Mention]] | None = None,
) -> ResolutionDelta:
    """The delta of ``resolution`` (of every stored document) against the stored index, by
    whole comparisons: the index rows resolution decides, made whole and compared row by
    row; each document's short forms and acronyms with ``index_documents.forms``; each
    reference's value with ``index_names`` and the stored entities (``read_view``).
    ``mentions``: every stored document's, if already read."""
    heads = store.document_heads()
    if mentions is None:
        read: dict[str, list[Mention]] = defaultdict(list)
        for document_id, mention in store.mentions():
            read[document_id].append(mention)
        mentions = read
    heads.sort(key=lambda h: (h[1] or "", h[0]))  # the order records are made in
    nodes: set[Node] = set()
    declared: list[tuple[str, Node, Node]] = []
    for document_id, _, _ in heads:
        for m in mentions.get(document_id, []):
            ns = mention_nodes(m)
            nodes.update(ns)
            if len(ns) == 2:
                declared.append((document_id, ns[0], ns[1]))
    local = {(d, w, n) for d, forms in resolution.acronyms.items() for w, n in forms}
    rows, spellings = decided_rows(resolution, sorted(nodes), linking_pairs(declared, local))
    stored = {t: store.index_table_rows(t) for t in rows.tables if t in _NAMED_BY}
    changed: dict[str, set[str]] = {}
    for table, column in _NAMED_BY.items():
        now = _by(rows.tables[table], column)
        before = _by(stored[table], column)
        changed[table] = {k for k in now.keys() | before.keys() if now.get(k) != before.get(k)}
    forms = store.document_forms()
    documents = set(dirty) | {
        d for d, _, _ in heads
        if forms.get(d) != forms_json(resolution.short.get(d, []), resolution.acronyms.get(d, []))
    }  # fmt: skip
    return ResolutionDelta(
        resolution,
        _changed_refs(
            rows.tables["index_names"],
            stored["index_names"],
            rows.tables["index_entities"],
            stored["index_entities"],
        ),  # fmt: skip
        documents,
        changed["index_entities"],
        changed["index_names"],
        {parse_node(ref) for ref in changed["index_keys"] | changed["index_words"]},
        spellings,
    )


# Each table resolution decides, with the column its rows are named by (``store.index``).
_NAMED_BY = {"index_entities": 0, "index_names": 0, "index_keys": 2, "index_words": 2}


def _by(rows: list[tuple[Any, ...]], column: int) -> dict[str, set[tuple[Any, ...]]]:
    out: dict[str, set[tuple[Any, ...]]] = defaultdict(set)
    for row in rows:
        out[row[column]].add(tuple(row))
    return out


def _changed_refs(
    names_now: list[tuple[Any, ...]],
    names_before: list[tuple[Any, ...]],
    entities_now: list[tuple[Any, ...]],
    entities_before: list[tuple[Any, ...]],
) -> set[str]:
    """The references (``m:``, ``k:``, ``n:``, ``e:``, ``a:``) whose value the new index rows
    give otherwise than the stored ones: an entity where there was none, none where there
    was one, another entity, or an entity that reads otherwise (``entity_refs``; only
    entities whose stored text differs are parsed: equal text reads the same)."""
    now = {row[0]: row[1] for row in names_now}
    before = {row[0]: row[1] for row in names_before}
    out = {
        _as_ref(name) for name in now.keys() | before.keys() if now.get(name) != before.get(name)
    }
    final_now = {row[0]: row[3] for row in entities_now}
    final_before = {row[0]: row[3] for row in entities_before}
    for eid in final_now.keys() | final_before.keys():
        new, old = final_now.get(eid), final_before.get(eid)
        if new == old:
            continue
        out |= entity_refs(eid, None if new is None else loads(new),
                           None if old is None else loads(old))  # fmt: skip
    return out


def read_view(entity: dict[str, Any]) -> tuple[object, ...]:
    """What stepping can read of an entity (``entity_to_json``'s form) but its aliases:
    ``lookup`` hands it to ``ledger.claims``, ``ledger.link`` and ``parts.document_part``,
    which read its id, name and type and its affiliations' organisations and roles in order
    (a speaker's party, a judge's office) - never which document or join gave an
    affiliation, nor its date. Grouping reads no more of an entity than this either
    (``build.group_steps``: its name, type and affiliations' organisations), so an entity
    whose view is the same changes no allegation. Its aliases are read apart
    (``alias_view``)."""
    return (
        entity["id"], entity["name"], entity["type"],
        tuple((a["organization"], a["role"]) for a in entity["affiliations"]),
    )  # fmt: skip


def alias_view(entity: dict[str, Any]) -> frozenset[str]:
    """What stepping can read of an entity's names: whether one of them (its name or an
    alias's) is a name it asks about (``EntityIndex.named_as``, read only by
    ``link._not_the_accused`` and a common noun's lookup, noted "a:" per name asked), never
    which document gave one nor their order: an earlier report that uses a short form
    moves the alias's document, not what any report reads of it."""
    return frozenset([entity["name"], *(a["name"] for a in entity["aliases"])])


def entity_refs(
    entity_id: str, now: dict[str, Any] | None, then: dict[str, Any] | None
) -> set[str]:
    """The references an entity's change moves: "e:" where what stepping reads of it but
    its aliases differs (``read_view``), and an "a:" reference (``alias_ref``) for each of
    its names, in any capitals, that came or went (``alias_view``): every name where it
    appears or goes. An entity that only gains an alias moves that alias's "a:" alone, so
    neither the documents that read it without asking about its names nor those that
    asked about other names are stepped again (a reader asking about "Okafor" learns
    nothing new from "T. Okafor")."""
    if now is None or then is None:
        names = {n for e in (now, then) if e is not None for n in alias_view(e)}
        return {"e:" + entity_id} | {alias_ref(entity_id, n) for n in names} if names else set()
    out = {alias_ref(entity_id, n) for n in alias_view(now) ^ alias_view(then)}
    if read_view(now) != read_view(then):
        out.add("e:" + entity_id)
    return out


def _as_ref(name: str) -> str:
    """``index_names`` keeps a node's entity as "node:" + node; records refer to it as "m:"."""
    return "m:" + name[5:] if name.startswith("node:") else name
