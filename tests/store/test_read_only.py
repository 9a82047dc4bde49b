"""Read-only stores (what `corroborate serve` opens): reads work, the database refuses writes,
nothing is created or migrated, and the change marker moves when another connection commits."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from corroborate.errors import StoreError
from corroborate.records import Attribution, Document, Ledger
from corroborate.store import open_store
from corroborate.store.migrations import MIGRATIONS

DOC = Document(id="d1", text="The minister denied the charge.", title="Denial")
FOUND = [Attribution(source=[(0, 12)], cue=[(13, 19)], content=[(20, 30)], kind="denial")]


def test_read_only_store_reads_and_refuses_writes(url: str) -> None:
    with open_store(url) as store:
        store.put_document(DOC, FOUND)
    with open_store(url, read_only=True) as store:
        assert [s.document for s in store.documents()] == [DOC]
        assert [a.attribution for a in store.attributions("d1")] == FOUND
        with pytest.raises(StoreError):
            store.put_document(Document(id="d2", text="Another text."), [])
        with pytest.raises(StoreError):
            store.replace_ledger(Ledger())
    with open_store(url) as store:
        assert [s.document.id for s in store.documents()] == ["d1"]


def test_read_only_never_creates_a_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        open_store(str(tmp_path / "missing.db"), read_only=True)
    assert not (tmp_path / "missing.db").exists()


def test_read_only_odd_file_names(tmp_path: Path) -> None:
    path = tmp_path / "case #1?x=y.db"
    with open_store(str(path)) as store:
        store.put_document(DOC, FOUND)
    with open_store(str(path), read_only=True) as store:
        assert store.counts()["documents"] == 1


def test_read_only_needs_the_current_schema(url: str) -> None:
    with open_store(url, migrations=MIGRATIONS[:1]):
        pass
    with pytest.raises(StoreError, match="corroborate ingest"):
        open_store(url, read_only=True)
    with open_store(url):  # upgrades
        pass
    with open_store(url, read_only=True) as store:
        assert store.schema_version() == len(MIGRATIONS)


def test_change_marker_moves_on_another_connections_commit(url: str) -> None:
    with open_store(url) as writer, open_store(url, read_only=True) as reader:
        before = reader.change_marker()
        assert reader.change_marker() == before  # reading changes nothing
        writer.put_document(DOC, FOUND)
        after = reader.change_marker()
        assert after != before
        assert reader.change_marker() == after


def test_read_only_connection_works_from_another_thread(tmp_path: Path) -> None:
    url = str(tmp_path / "t.db")
    with open_store(url) as store:
        store.put_document(DOC, FOUND)
    with open_store(url, read_only=True) as store:
        seen: list[int] = []
        worker = threading.Thread(target=lambda: seen.append(store.counts()["documents"]))
        worker.start()
        worker.join()
        assert seen == [1]
