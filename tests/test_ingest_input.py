"""Bad input late in a run: found before anything is stored, or the ledger follows what was.

A NUL or a lone surrogate inside a JSON string, an id used twice, a line nested 100,000 deep:
each is an error naming the file and line, found by the pass over the input that precedes
extraction, so a run that fails stores nothing (and --skip-errors skips and reports each).
Standard input cannot be read twice: there the documents stored before the bad line stay
stored and the ledger is rebuilt for them before the error is reported.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.ledger.build import build_ledger
from corroborate.ledger.store import analysed_documents
from corroborate.store import open_store

runner = CliRunner()

GOOD = [
    {
        "id": f"g{i}",
        "text": f"Inspector Rana Malik said Tariq Noor had confessed to {i + 3} thefts.",
    }
    for i in range(3)
]
BAD_LINES = {
    "NUL": ('{"id": "b", "text": "a\\u0000b"}', "document 'b': \"text\" contains a NUL"),
    "surrogate": ('{"id": "b", "text": "a\\udc00b"}', "document 'b': \"text\" contains a lone"),
    "repeated id": ('{"id": "g1", "text": "Again."}', "id 'g1' is already used by the document"),
    "nested": ('{"id": "b", "text": "t", "x": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested"),
}


def corpus(tmp_path: Path, bad: str) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps(row) for row in GOOD] + [bad]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.mark.parametrize("kind", list(BAD_LINES))
def test_bad_line_at_the_end_stops_before_anything_is_stored(
    tmp_path: Path, nlp: Language, kind: str
) -> None:
    bad, expected = BAD_LINES[kind]
    path = corpus(tmp_path, bad)
    db = str(tmp_path / "c.db")
    # One document per batch: without the first pass, the first three would be stored.
    result = runner.invoke(app, ["ingest", str(path), "--db", db, "--batch-size", "1"])
    assert result.exit_code == 1 and result.exception is not None
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: {path}:4: ") and expected in line, line
    assert "--skip-errors" in line
    assert not Path(db).exists() or _documents(db) == []

    skipped = runner.invoke(app, ["ingest", str(path), "--db", db, "--skip-errors"])
    assert skipped.exit_code == 0, skipped.output
    assert f"skipped {path}:4: " in skipped.stderr
    assert "ingested 3 documents (0 unchanged, 0 replaced)" in skipped.stdout
    assert "; 1 skipped (see above)" in skipped.stdout
    assert _documents(db) == ["g0", "g1", "g2"]


def test_bad_line_on_stdin_keeps_what_was_stored_with_its_ledger(
    tmp_path: Path, nlp: Language
) -> None:
    bad, _ = BAD_LINES["NUL"]
    lines = [json.dumps(row) for row in GOOD] + [bad]
    db = str(tmp_path / "c.db")
    args = ["ingest", "-", "--db", db, "--batch-size", "1"]  # stored one by one
    result = runner.invoke(app, args, input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: <stdin>:4: document 'b'")
    with open_store(db) as store:
        assert [s.document.id for s in store.documents()] == ["g0", "g1", "g2"]
        ledger = store.ledger()
        assert ledger.entities  # the rebuild ran: not a silently empty ledger
        assert ledger == build_ledger(analysed_documents(store))


def _documents(db: str) -> list[str]:
    with open_store(db) as store:
        return [s.document.id for s in store.documents()]
