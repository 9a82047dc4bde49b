"""The entity index of a store (``corroborate entity``), read from the ledger's stored index
instead of resolving every stored document again.

Resolution's index is its entities as assembled (sorted by type and name), each spelling
key's and each lower-cased name's entity (``EntityIndex``). The ledger's index stores exactly
these (``index_entities.final``, ``index_names`` "k:" and "n:" rows, ``ledger.store.index_rows``)
in the transaction that stores the ledger, so reading them gives the index of the resolution
the stored ledger was built from, at the cost of a read: resolving again grows faster than
the store (4.4 s for 840 articles, 37 s for 8,391). It is read whenever it indexes every
stored document as stored - by whichever version of corroborate made it, as ``corroborate
ledger`` shows the ledger that version stored - else (an ingest killed before its ledger
update) every document is resolved again, as before. Names are looked up by
``EntityIndex.find`` either way: one place decides what a name means.
"""

from __future__ import annotations

from corroborate.ledger.build import entity_index
from corroborate.ledger.index import entity_from_json
from corroborate.ledger.store import analysed_documents
from corroborate.resolve.entity_index import EntityIndex
from corroborate.store import Store
from corroborate.store.rows import loads

__all__ = ["current_index", "stored_entity_index"]


def stored_entity_index(store: Store) -> EntityIndex:
    """The entity index of what ``store`` holds: read from the ledger's index when it is
    current (``current_index``), else resolved from every stored document."""
    if current_index(store):
        return _read(store)
    return entity_index(analysed_documents(store))


def current_index(store: Store) -> bool:
    """Whether the stored index holds every stored document as it is stored (not so after
    an ingest killed before its ledger update, or with a ledger stored without its index).
    It may have been made by another version of corroborate: so was the stored ledger."""
    hashes = store.document_hashes()
    if not hashes:
        return False  # nothing to read; resolving nothing is free
    return store.indexed_hashes() == hashes


def _read(store: Store) -> EntityIndex:
    by_key: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for name, entity_id in store.index_table("index_names").items():
        if name.startswith("k:"):
            by_key[name[2:]] = entity_id
        elif name.startswith("n:"):
            by_name[name[2:]] = entity_id
    finals = store.index_table("index_entities").values()
    # Resolution's order; two entities of one name and type (two people whose names share a
    # spelling) by id, where resolution keeps the order of their first names.
    entities = sorted((entity_from_json(loads(f)) for f in finals),
                      key=lambda e: (e.type, e.name, e.id))  # fmt: skip
    # No per-document lookups: a user's name is looked up in no document.
    return EntityIndex(entities, by_key, {}, by_name)
