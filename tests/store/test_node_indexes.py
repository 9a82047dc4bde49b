"""Migration 20 (``store.node_indexes``): the index rows an update deletes by name
(``index_keys``, ``index_words``: ``DELETE ... WHERE node IN (...)``) are found by an index
of the name instead of by reading the whole table; an older store upgrades with the same
rows and its next update still equals a full rebuild. Invented names only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from corroborate.ledger.store import rebuild_and_compare, update
from corroborate.store import Store, open_store
from corroborate.store.migrations import MIGRATIONS, NODE_ROWS_INDEXED
from tests.conftest import put_analysed
from tests.ledger.test_update_names import _document

_TABLES = ("index_keys", "index_words")


def _filled(store: Store) -> None:
    put_analysed(store, [
        _document("a", "2023-04-01", [("Obi Nwosu", "Obi Nwosu", "person", None, None)], False),
        _document("b", "2023-04-02", [("Ada Eze", "Ada Eze", "person", None, None)], False),
        _document("c", "2023-04-02", [("Kemi Bello", "Kemi Bello", "person", None, None)], False),
    ])  # fmt: skip
    update(store)


def _addition(store: Store) -> None:
    # "Ada Nwosu" shares Obi Nwosu's surname key: the update reaches his component and
    # writes the new name's rows, deleting them by name first
    put_analysed(store, [
        _document("d", "2023-04-03", [("Obi Nwosu", "Obi Nwosu", "person", None, None),
                                      ("Ada Nwosu", "Ada Nwosu", "person", None, None)], False),
    ])  # fmt: skip


def _rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {t: sorted(tuple(r) for r in store._db.query(f"SELECT * FROM {t}")) for t in _TABLES}


def test_the_update_deletes_names_rows_by_searching_their_index(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with open_store(str(path)) as store:
        _filled(store)
        _addition(store)
        issued: list[str] = []
        # What the store runs, captured as SQLite runs it, then planned on a second connection.
        store._db._db.set_trace_callback(issued.append)  # type: ignore[attr-defined]
        assert update(store) is None
        store._db._db.set_trace_callback(None)  # type: ignore[attr-defined]
        assert rebuild_and_compare(store) is None
    deletes = sorted({s for s in issued for t in _TABLES if s.startswith(f"DELETE FROM {t} ")})
    assert [s.split()[2] for s in deletes] == list(_TABLES), deletes
    raw = sqlite3.connect(path)
    for sql in deletes:
        plan = " ".join(str(r[3]) for r in raw.execute("EXPLAIN QUERY PLAN " + sql))
        # without the migration: "SCAN index_keys" (every row read)
        assert plan.startswith("SEARCH") and "_by_node" in plan, (sql, plan)
    raw.close()


def test_an_older_store_upgrades_with_the_same_rows(url: str) -> None:
    before = tuple(m for m in MIGRATIONS if m.version < NODE_ROWS_INDEXED.version)
    with open_store(url, migrations=before) as old:
        _filled(old)
        kept = _rows(old)
        assert old.schema_version() == NODE_ROWS_INDEXED.version - 1
    with open_store(url) as store:
        assert store.schema_version() == len(MIGRATIONS)
        assert _rows(store) == kept and all(kept.values())
        _addition(store)
        assert update(store) is None
        assert store.indexed_hashes() == store.document_hashes()
        assert rebuild_and_compare(store) is None
