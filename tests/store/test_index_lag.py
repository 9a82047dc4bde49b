"""``store.index_lag``: the documents the stored index lags behind, compared in the database,
are exactly what the two dictionaries of every stored and every indexed hash give (what
``ledger.update.plan`` and ``ledger.lookup.current_index`` read before 2026-12-06) - for no
index, a current one, a new document, a changed one and a removed one; ``hashes_of`` answers
only for stored documents."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from corroborate.ledger.lookup import current_index
from corroborate.ledger.store import rebuild
from corroborate.records import Document
from corroborate.store import Store, open_store
from corroborate.store.index_lag import IndexLag


def _put(store: Store, document_id: str, text: str) -> None:
    store.put_document(Document(id=document_id, text=text, published="2025-03-01"), [])


def _as_dictionaries(store: Store) -> IndexLag:
    """The lag as the update found it before: every hash read, compared in Python."""
    indexed, stored = store.indexed_hashes(), store.document_hashes()
    unindexed = {d: h for d, h in stored.items() if indexed.get(d) != h}
    return IndexLag(
        bool(indexed),
        unindexed,
        frozenset(d for d in unindexed if d in indexed),
        frozenset(set(indexed) - set(stored)),
        len(stored),
    )


def _delete(db: Path, document_id: str) -> None:
    with sqlite3.connect(db) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute("DELETE FROM documents WHERE id = ?", (document_id,))


def test_the_lag_is_what_every_hash_compared_gives(tmp_path: Path) -> None:
    db = tmp_path / "lag.db"
    with open_store(str(db)) as store:
        _put(store, "tarn-1", "The ferry left Tarnby at noon.")
        _put(store, "tarn-2", "The harbour master of Tarnby retired.")
        # no index yet: both documents lag, none indexed
        lag = store.index_lag()
        assert lag == _as_dictionaries(store)
        assert not lag.indexed and set(lag.unindexed) == {"tarn-1", "tarn-2"}
        rebuild(store)
        lag = store.index_lag()
        assert lag == _as_dictionaries(store)
        assert lag.indexed and not lag.unindexed and not lag.removed and lag.stored == 2
        assert current_index(store)
        # a new document, then one changed: the changed one is indexed otherwise
        _put(store, "tarn-3", "A storm closed the Tarnby road.")
        _put(store, "tarn-1", "The ferry left Tarnby at one o'clock.")
        lag = store.index_lag()
        assert lag == _as_dictionaries(store)
        assert set(lag.unindexed) == {"tarn-1", "tarn-3"} and lag.changed == {"tarn-1"}
        assert lag.unindexed["tarn-3"] == store.document_hashes()["tarn-3"]
        assert not current_index(store)
    _delete(db, "tarn-2")
    with open_store(str(db)) as store:
        lag = store.index_lag()
        assert lag == _as_dictionaries(store)
        assert lag.removed == {"tarn-2"} and lag.stored == 2
        rebuild(store)
        assert current_index(store) and store.index_lag() == _as_dictionaries(store)


def test_hashes_are_asked_only_for_stored_documents(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "hashes.db")) as store:
        _put(store, "tarn-1", "The ferry left Tarnby at noon.")
        _put(store, "tarn-2", "The harbour master of Tarnby retired.")
        every = store.document_hashes()
        assert store.hashes_of({"tarn-2", "gone-9"}) == {"tarn-2": every["tarn-2"]}
        assert store.hashes_of(set()) == {}
