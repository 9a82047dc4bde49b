"""Migration 19 (``store.hash_indexes``): the stored and the indexed content hashes, which every
update reads whole, are read from two covering indexes instead of the tables' big rows; an
older store upgrades with the same hashes and its next update still equals a full rebuild.
Invented names only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from corroborate.ledger.store import rebuild_and_compare, update
from corroborate.store import Store, open_store
from corroborate.store.migrations import HASHES_COVERED, MIGRATIONS
from tests.conftest import put_analysed
from tests.ledger.test_update_names import _document


def _hashes(store: Store) -> tuple[dict[str, str], dict[str, str]]:
    return store.document_hashes(), store.indexed_hashes()


def _filled(store: Store) -> None:
    put_analysed(store, [
        _document("a", "2023-04-01", [("Obi Nwosu", "Obi Nwosu", "person", None, None)], False),
        _document("b", "2023-04-02", [("Ada Eze", "Ada Eze", "person", None, None)], False),
    ])  # fmt: skip
    update(store)


def test_both_hash_reads_scan_a_covering_index(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with open_store(str(path)) as store:
        _filled(store)
        read: list[str] = []
        raw = sqlite3.connect(path)
        # What the store asks, captured as SQLite runs it, then planned on a second connection.
        store._db._db.set_trace_callback(read.append)  # type: ignore[attr-defined]
        stored, indexed = _hashes(store)
        store._db._db.set_trace_callback(None)  # type: ignore[attr-defined]
    assert set(stored) == set(indexed) == {"a", "b"} and stored == indexed
    selects = sorted({s for s in read if "content_hash FROM" in s})
    assert len(selects) == 2, selects
    for sql in selects:
        plan = " ".join(str(r[3]) for r in raw.execute("EXPLAIN QUERY PLAN " + sql))
        assert "COVERING INDEX" in plan, (sql, plan)
    raw.close()


def test_an_older_store_upgrades_with_the_same_hashes(url: str) -> None:
    before = tuple(m for m in MIGRATIONS if m.version < HASHES_COVERED.version)
    with open_store(url, migrations=before) as old:
        _filled(old)
        kept = _hashes(old)
        assert old.schema_version() == HASHES_COVERED.version - 1
    with open_store(url) as store:
        assert store.schema_version() == len(MIGRATIONS)
        assert _hashes(store) == kept
        assert set(kept[0]) == set(kept[1]) == {"a", "b"}
        put_analysed(store, [
            _document("c", "2023-04-03", [("Obi Nwosu", "Obi Nwosu", "person", None, None)],
                      False),
        ])  # fmt: skip
        assert update(store) is None
        assert set(store.indexed_hashes()) == {"a", "b", "c"}
        assert store.indexed_hashes() == store.document_hashes()
        assert rebuild_and_compare(store) is None
