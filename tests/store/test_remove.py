"""``Store.remove_indexed`` on both backends: the documents and every row stored from them go,
in one transaction with the ledger's update; an unknown id or a failure removes nothing; a
dry run changes nothing. (That the ledger follows is ``tests/ledger/test_remove.py``.)"""

from __future__ import annotations

from typing import Any

import pytest

from corroborate.errors import UnknownDocumentError
from corroborate.records import (
    Attribution,
    Claim,
    Document,
    EnforcementFigure,
    Ledger,
    Mention,
)
from corroborate.store import Store, open_store
from corroborate.store.index import IndexRows
from corroborate.store.store import DOCUMENT_TABLES

TEXT = "Inspector Petra Vosk said the harbour guard seized 12 rifles. Vosk denied any raid."


def _document(id_: str) -> Document:
    return Document(id=id_, text=TEXT, published="2030-01-0" + id_[-1])


def _put(store: Store, id_: str) -> None:
    store.put_document(
        _document(id_),
        [Attribution(source=[(0, 21)], cue=[(22, 26)], content=[(27, 61)], kind="statement")],
        [Mention(10, 21, "Petra Vosk", "person", "Petra Vosk", "PERSON")],
        [EnforcementFigure("weapons_seized", "guard", id_, "seized 12 rifles", 45, 61, 12)],
        claims=[Claim(kind="denial", start=62, end=83, cue=(67, 73), participants=())],
    )


def _rows(store: Store) -> dict[str, list[Any]]:
    db = store._db  # tests only: every row of the tables a document's rows live in
    return {t: sorted(db.query(f"SELECT * FROM {t}")) for t in ("documents", *DOCUMENT_TABLES)}


def _nothing(store: Store) -> tuple[Ledger, IndexRows, bool]:
    return Ledger(entities=[], allegations=[]), IndexRows(), True


@pytest.fixture
def store(url: str) -> Any:
    with open_store(url) as opened:
        for id_ in ("d1", "d2", "d3"):
            _put(opened, id_)
        yield opened


def test_the_documents_and_their_rows_go(store: Store) -> None:
    rows = store.remove_indexed(["d2", "d1"], _nothing)
    assert rows == {"documents": 2, "attributions": 2, "mentions": 2, "claims": 2, "figures": 2}
    assert [s.document.id for s in store.documents()] == ["d3"]
    for table in DOCUMENT_TABLES:
        ids = {r[0] for r in store._db.query(f"SELECT document_id FROM {table}")}
        assert ids == {"d3"}, table
    assert store.figures("d3") and store.claims("d3") and store.mentions("d3")


@pytest.mark.parametrize("ids", [["nope"], ["d1", "nope", "d2", "gone"]])
def test_an_unknown_id_removes_nothing(store: Store, ids: list[str]) -> None:
    before = _rows(store)
    called: list[Store] = []

    def work(current: Store) -> tuple[Ledger, IndexRows, bool]:
        called.append(current)
        return _nothing(current)

    with pytest.raises(UnknownDocumentError) as raised:
        store.remove_indexed(ids, work)
    assert raised.value.ids == [i for i in ids if not i.startswith("d")]
    assert not called, "the ledger's work does not run"
    assert _rows(store) == before


def test_a_failing_update_leaves_the_store_as_it_was(store: Store) -> None:
    before, ledger = _rows(store), store.ledger()

    def fail(current: Store) -> tuple[Ledger, IndexRows, bool]:
        assert current.document("d1") is None  # deleted, inside the transaction
        raise RuntimeError("the ledger's update failed")

    with pytest.raises(RuntimeError):
        store.remove_indexed(["d1"], fail)
    assert _rows(store) == before
    assert store.ledger() == ledger


def test_a_dry_run_counts_and_changes_nothing(store: Store) -> None:
    before = _rows(store)
    seen: list[list[str]] = []

    def work(current: Store) -> tuple[Ledger, IndexRows, bool]:
        seen.append([s.document.id for s in current.documents()])
        return _nothing(current)

    rows = store.remove_indexed(["d3"], work, commit=False)
    assert rows["documents"] == 1 and rows["attributions"] == 1
    assert seen == [["d1", "d2"]], "the work saw the store without the document"
    assert _rows(store) == before
    store.remove_indexed(["d3"], _nothing)  # the store is usable after the rollback
    assert [s.document.id for s in store.documents()] == ["d1", "d2"]


def test_document_list_reads_no_text(store: Store) -> None:
    assert store.document_list() == [
        ("d1", "2030-01-01", None, None),
        ("d2", "2030-01-02", None, None),
        ("d3", "2030-01-03", None, None),
    ]
