"""``store.index_state``: which stored documents the index lacks or holds otherwise, as the
database compares them - the same sets as the two whole hash maps give (new, changed, removed,
no index), and an update that no longer reads either map whole. Invented names only."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest

from corroborate.ledger.delta import ResolutionDelta
from corroborate.ledger.restep import stepped_again
from corroborate.ledger.store import rebuild_and_compare, update
from corroborate.store import Store, open_store
from tests.conftest import put_analysed
from tests.ledger.test_update_names import _document

# The two whole reads an update made before (``Store.document_hashes``, ``indexed_hashes``).
_WHOLE_READS = (
    "SELECT id, content_hash FROM documents",
    "SELECT document_id, content_hash FROM index_documents",
)


def _from_maps(store: Store) -> tuple[set[str], set[str]]:
    """``dirty`` and ``gone`` from the two whole maps: the reference."""
    stored, indexed = store.document_hashes(), store.indexed_hashes()
    dirty = {d for d, h in stored.items() if indexed.get(d) != h}
    gone = {d for d, h in indexed.items() if stored.get(d) != h}
    return dirty, gone


def _agrees(store: Store) -> tuple[set[str], set[str]]:
    state = store.index_state()
    assert (state.dirty, state.gone) == _from_maps(store)
    assert state.indexed == len(store.indexed_hashes())
    assert len(state.stored) == len(store.document_hashes())
    return state.dirty, state.gone


def _put(store: Store, id_: str, name: str) -> None:
    put_analysed(store, [_document(id_, "2023-05-0" + id_[-1],
                                   [(name, name, "person", None, None)], False)])  # fmt: skip


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "s.db"


def test_new_changed_and_removed_documents_as_the_maps_tell(path: Path) -> None:
    with open_store(str(path)) as store:
        _put(store, "a1", "Tamsin Okoro")
        _put(store, "b2", "Ilse Varga")
        assert _agrees(store) == ({"a1", "b2"}, set()) and store.index_state().indexed == 0
        update(store)
        assert _agrees(store) == (set(), set())
        _put(store, "c3", "Tamsin Okoro")
        assert _agrees(store) == ({"c3"}, set())
        update(store)
    raw = sqlite3.connect(path)
    with raw:  # a stored text changed: its hash differs from the indexed one
        raw.execute("UPDATE documents SET content_hash = 'other' WHERE id = 'b2'")
        # an indexed report no longer stored (its stored row gone, its index row kept)
        raw.execute(
            "INSERT INTO index_documents (document_id, content_hash, payload)"
            " SELECT 'z9', 'gone', payload FROM index_documents WHERE document_id = 'a1'"
        )
    raw.close()
    with open_store(str(path)) as store:
        assert _agrees(store) == ({"b2"}, {"b2", "z9"})


def test_the_hashes_read_by_id(path: Path) -> None:
    with open_store(str(path)) as store:
        _put(store, "a1", "Tamsin Okoro")
        _put(store, "b2", "Ilse Varga")
        hashes = store.index_state().stored
        whole = store.document_hashes()
        assert len(hashes) == 2 and hashes["a1"] == whole["a1"] and "b2" in hashes
        assert "q7" not in hashes and hashes.get("q7") is None
        with pytest.raises(KeyError):
            hashes["q7"]
        assert dict(hashes) == whole


def test_an_update_reads_neither_hash_map_whole(path: Path) -> None:
    with open_store(str(path)) as store:
        _put(store, "a1", "Tamsin Okoro")
        _put(store, "b2", "Ilse Varga")
        update(store)
        _put(store, "c3", "Tamsin Okoro")  # reaches a stored name: the update by delta
        read: list[str] = []
        store._db._db.set_trace_callback(read.append)  # type: ignore[attr-defined]
        assert update(store) is None
        store._db._db.set_trace_callback(None)  # type: ignore[attr-defined]
        assert not [s for s in read if s.strip() in _WHOLE_READS]
        assert any("LEFT JOIN index_documents" in s for s in read)
        assert rebuild_and_compare(store) is None


def test_the_stored_documents_stepped_again_read_in_one_query(path: Path) -> None:
    """``restep.stepped_again`` asks the hashes of every document the delta names at once,
    not one query per document (41 at 5,000 court reports for one addition)."""
    with open_store(str(path)) as store:
        for i in range(1, 8):
            _put(store, f"d{i}", "Tamsin Okoro")
        hashes = store.index_state().stored
        delta = cast(ResolutionDelta, SimpleNamespace(
            documents={f"d{i}" for i in range(1, 8)} | {"q9"}, refs=set()))  # fmt: skip
        read: list[str] = []
        store._db._db.set_trace_callback(read.append)  # type: ignore[attr-defined]
        again = stepped_again(store, delta, hashes)
        store._db._db.set_trace_callback(None)  # type: ignore[attr-defined]
        assert again == {f"d{i}" for i in range(1, 8)}  # "q9" is not stored
        assert len([s for s in read if "FROM documents WHERE id IN" in s]) == 1
