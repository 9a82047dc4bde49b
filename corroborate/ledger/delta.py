"""What a resolution of the store decides otherwise than the stored index (``ResolutionDelta``),
the seam between resolving (``ledger.reached``) and what an update does downstream of it.

``resolution_delta`` computes it today's way, comparing a resolution of every stored document
with the stored index whole: the reference the scoped producer (``ledger.reached``) is proven
equal to (``tests/ledger/test_reached.py``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from corroborate.ledger.index import record_from_json
from corroborate.ledger.name_rows import parse_node
from corroborate.ledger.restep import changed_refs
from corroborate.ledger.store import resolution_rows
from corroborate.records import Mention
from corroborate.resolve.blocking import Node
from corroborate.resolve.entities import Resolution, mention_nodes
from corroborate.store import Store
from corroborate.store.rows import loads

__all__ = ["ResolutionDelta", "resolution_delta"]


@dataclass
class ResolutionDelta:
    """What a resolution of the store decides otherwise than the stored index."""

    # its maps may be read-only views over the stored index overlaid with what changed:
    # read them by key, never whole, on the update's path
    resolution: Resolution
    refs: set[str]  # m:/k:/n:/e: references whose value differs from the stored index
    # stored documents whose short forms or acronyms differ from their stored record, and
    # the new or changed ("dirty") ones
    documents: set[str]
    entities: set[str]  # entity ids whose index_entities row differs (added or gone too)
    names: set[str]  # index_names rows ("k:", "n:", "node:") that differ (added or gone)
    nodes: set[Node]  # names whose index_keys or index_words rows differ


def resolution_delta(store: Store, resolution: Resolution) -> ResolutionDelta:
    """The delta of ``resolution`` (of every stored document) against the stored index, by
    whole comparisons: O(store), the reference."""
    indexed = store.indexed_hashes()
    hashes = store.document_hashes()
    dirty = {d for d, h in hashes.items() if indexed.get(d) != h}
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for document_id, mention in store.mentions():
        mentions[document_id].append(mention)
    found = [mention_nodes(m) for ms in mentions.values() for m in ms]
    nodes = sorted({n for ns in found for n in ns})
    pairs = [(ns[0], ns[1]) for ns in found if len(ns) == 2]
    index = resolution.index
    now = resolution_rows(nodes, pairs, resolution.bases, index.by_id, index.by_key_map,
                          index.by_name_map, resolution.node_entity)  # fmt: skip
    before = {t: store.index_rows_all(t) for t in now}
    changed = {t: set(now[t]) ^ {tuple(r) for r in before[t]} for t in now}
    documents = set(dirty)
    for document_id, payload in store.index_payloads(set(hashes) - dirty).items():
        stored = record_from_json(document_id, hashes[document_id], loads(payload))
        if stored.short != resolution.short.get(document_id, []) or stored.acronyms != (
            resolution.acronyms.get(document_id, [])
        ):
            documents.add(document_id)
    return ResolutionDelta(
        resolution,
        changed_refs(store, resolution),
        documents,
        {r[0] for r in changed["index_entities"]},
        {r[0] for r in changed["index_names"]},
        {parse_node(r[2]) for t in ("index_keys", "index_words") for r in changed[t]},
    )
