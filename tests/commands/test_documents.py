"""``corroborate documents`` and ``corroborate remove``: the stored ids, and removal as a user
runs it - the lines it prints, the errors (one line, exit 1, nothing removed), ``--dry-run``,
a correction left without its entity, both backends. (``tests/ledger/test_remove.py`` checks
the ledger after removal against full rebuilds.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.ledger.build import AnalysedDocument
from corroborate.ledger.store import rebuild, update
from corroborate.records import Document
from corroborate.store import open_store
from tests.conftest import analyse_rows, put_analysed

runner = CliRunner()

# Invented reports: a ferry captain named in two, his first mate in one.
ROWS = [
    {"id": "ferry-1", "published": "2033-02-01", "outlet": "Isle Gazette",
     "title": "Ferry captain arrested",
     "text": "Coastguards arrested Anselm Threlkeld, captain of the ferry Marigold, on Monday,"
             " a coastguard spokesman said."},
    {"id": "ferry-2", "published": "2033-02-09", "outlet": "Harbour Post",
     "title": "Captain denies\tnegligence",
     "text": "Anselm Threlkeld denied that he had overloaded the ferry, his first mate Wilma"
             " Ardagh said."},
    {"id": "ferry-3", "published": "2033-05-20",
     "text": "A court in Carrick acquitted Anselm Threlkeld of negligence."},
]  # fmt: skip


@pytest.fixture(scope="module")
def analysed(nlp: Language) -> list[AnalysedDocument]:
    return analyse_rows(nlp, ROWS)


def _store(url: str, analysed: list[AnalysedDocument]) -> str:
    with open_store(url) as store:
        put_analysed(store, analysed)
        update(store)
    return url


def _ids(db: str) -> list[str]:
    with open_store(db, create=False) as store:
        return [s.document.id for s in store.documents()]


def test_documents_lists_ids_dates_outlets_and_titles(
    analysed: list[AnalysedDocument], tmp_path: Path
) -> None:
    db = _store(str(tmp_path / "f.db"), analysed)
    result = runner.invoke(app, ["documents", "--db", db])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "ferry-1\t2033-02-01\tIsle Gazette\tFerry captain arrested",
        "ferry-2\t2033-02-09\tHarbour Post\tCaptain denies negligence",  # one line, 4 fields
        "ferry-3\t2033-05-20\t\t",
    ]
    result = runner.invoke(app, ["documents", "--db", db, "--json"])
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows[2] == {"id": "ferry-3", "published": "2033-05-20", "outlet": None, "title": None}


def test_remove_says_what_it_removed_and_the_ledger_follows(
    analysed: list[AnalysedDocument], tmp_path: Path
) -> None:
    db = _store(str(tmp_path / "f.db"), analysed)
    result = runner.invoke(app, ["remove", "ferry-2", "--db", db])
    assert result.exit_code == 0, result.output
    removed, ledger = result.output.splitlines()
    assert removed.startswith("removed 1 document (") and removed.endswith(f"from {db}")
    assert "attributions" in removed and "mentions" in removed
    assert ledger.startswith("ledger: ") and "stepped again" in ledger
    assert _ids(db) == ["ferry-1", "ferry-3"]
    result = runner.invoke(app, ["rebuild", "--db", db])
    assert result.exit_code == 0 and "equals a full rebuild" in result.output


@pytest.mark.parametrize("ids", [["ferry-9"], ["ferry-1", "ferry-9", "ferry-2", "nope"]])
def test_an_unknown_id_is_one_line_and_removes_nothing(
    analysed: list[AnalysedDocument], tmp_path: Path, ids: list[str]
) -> None:
    db = _store(str(tmp_path / "f.db"), analysed)
    result = runner.invoke(app, ["remove", *ids, "--db", db])
    assert result.exit_code == 1
    [line] = result.output.strip().splitlines()
    assert line.startswith("error: no document") and "'ferry-9'" in line
    assert "nothing was removed" in line and "corroborate documents" in line
    assert "ferry-1" not in line, "only the unknown ids are named"
    assert "Traceback" not in result.output and result.exception is not None
    assert isinstance(result.exception, SystemExit)
    assert _ids(db) == ["ferry-1", "ferry-2", "ferry-3"]


def test_a_dry_run_removes_nothing(analysed: list[AnalysedDocument], tmp_path: Path) -> None:
    db = _store(str(tmp_path / "f.db"), analysed)
    with open_store(db) as store:
        ledger = store.ledger()
    result = runner.invoke(app, ["remove", "ferry-1", "ferry-3", "--db", db, "--dry-run"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("would remove 2 documents (")
    assert _ids(db) == ["ferry-1", "ferry-2", "ferry-3"]
    with open_store(db) as store:
        assert store.ledger() == ledger


def test_a_correction_left_without_its_entity_is_reported_and_kept(
    analysed: list[AnalysedDocument], tmp_path: Path
) -> None:
    db = _store(str(tmp_path / "f.db"), analysed)
    with open_store(db) as store:
        people = {e.name: e.id for e in store.ledger().entities}
        data = {"entities": [people["Anselm Threlkeld"], people["Wilma Ardagh"]], "names": {}}
        made = store.add_correction("merge", data, "a test of removal", "tester")
        rebuild(store)
    result = runner.invoke(app, ["remove", "ferry-2", "--db", db])
    assert result.exit_code == 0, result.output
    line = result.output.splitlines()[-1]
    assert line.startswith(f"correction {made.id} (merged ") and "changes nothing" in line
    assert f"corroborate correct undo {made.id}" in line
    listed = runner.invoke(app, ["correct", "list", "--db", db])
    assert made.id in listed.output and "in force" in listed.output


def test_remove_from_a_missing_store_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "none.db"
    result = runner.invoke(app, ["remove", "x", "--db", str(db)])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and "no such database" in result.output
    assert not db.exists()


def test_remove_on_postgresql(
    analysed: list[AnalysedDocument], postgres_url: str, tmp_path: Path
) -> None:
    db = _store(postgres_url, analysed)
    result = runner.invoke(app, ["remove", "ferry-3", "ferry-9", "--db", db])
    assert result.exit_code == 1 and "'ferry-9'" in result.output
    result = runner.invoke(app, ["remove", "ferry-3", "--db", db])
    assert result.exit_code == 0, result.output
    assert _ids(db) == ["ferry-1", "ferry-2"]
    assert runner.invoke(app, ["rebuild", "--db", db]).exit_code == 0


def test_ids_are_listed_as_stored(tmp_path: Path) -> None:
    db = str(tmp_path / "ids.db")
    with open_store(db) as store:  # ids from file names may hold runs of spaces
        store.put_document(Document(id="court  ruling.txt", text="x", title="A\nB"), [])
    result = runner.invoke(app, ["documents", "--db", db])
    assert result.output == "court  ruling.txt\t\t\tA B\n"
    result = runner.invoke(app, ["remove", "court  ruling.txt", "--db", db])
    assert result.exit_code == 0, result.output
