"""Ingest with the real extractor: idempotence, replacement, bad input, parity, kill and resume."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from corroborate import extract
from corroborate.cli import app
from corroborate.errors import InputError
from corroborate.ingest import ingest_paths
from corroborate.ledger.store import rebuild
from corroborate.nlp.attribution import extractor_id
from corroborate.nlp.pipeline import load_pipeline
from corroborate.records import Attribution, Document
from corroborate.store import Store, open_store

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()

SENTENCES = [
    "Police said the suspect had confessed to 12 killings in Lyari.",
    "His lawyer denied the allegations and said the confession was taken under duress.",
    "The court acquitted him for want of evidence, the prosecutor said.",
    "A spokesman for the party said the arrests were politically motivated.",
]


def rows(count: int, *, sentences: int = 2) -> list[dict[str, Any]]:
    return [
        {
            "id": f"doc-{i:03d}",
            "title": f"Report {i}",
            "outlet": "The Ledger",
            "published": f"2020-01-{i % 28 + 1:02d}",
            "url": f"https://example.org/{i}",
            "text": " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(sentences)),
        }
        for i in range(count)
    ]


def write_jsonl(path: Path, items: Iterable[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in items), "utf-8")
    return path


def snapshot(store: Store) -> dict[str, Any]:
    """Everything stored but the ingest times, for comparing databases."""
    return {
        "documents": [(d.document, d.content_hash) for d in store.documents()],
        "attributions": store.attributions(),
        "mentions": store.mentions(),
        "counts": store.counts(),
        "ledger": store.ledger(),
    }


class Counting:
    """Wraps extract_documents to record which documents reach extraction."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.real = extract.extract_documents

    def __call__(
        self, documents: Iterable[Document], nlp: Any = None, *, batch_size: int = 16
    ) -> Iterator[tuple[Document, list[Attribution]]]:
        def spy() -> Iterator[Document]:
            for document in documents:
                self.seen.append(document.id)
                yield document

        return self.real(spy(), nlp, batch_size=batch_size)


def test_reingest_adds_nothing_and_skips_extraction(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", rows(4))
    with open_store(str(tmp_path / "a.db")) as store:
        first = ingest_paths([corpus], store, nlp)
        assert (first.documents, first.added, first.unchanged) == (4, 4, 0)
        assert first.attributions == store.counts()["attributions"] > 0
        before = snapshot(store)
        spy = Counting()
        monkeypatch.setattr(extract, "extract_documents", spy)
        again = ingest_paths([corpus], store, nlp)
        assert (again.documents, again.added, again.unchanged, again.attributions) == (4, 0, 4, 0)
        assert spy.seen == []  # skipped before extraction
        assert snapshot(store) == before
        assert (
            again.line("x.db")
            == "ingested 4 documents (4 unchanged, 0 replaced), 0 attributions into x.db"
        )


def test_another_extractor_extracts_again(tmp_path: Path, nlp: Language) -> None:
    # The same texts, but another model (or, after an upgrade, another version): the stored
    # extraction is not what this extractor gives, so nothing counts as unchanged.
    corpus = write_jsonl(tmp_path / "corpus.jsonl", rows(3))
    fast = load_pipeline(attribution="fast")
    assert extractor_id(fast) != extractor_id(nlp)
    with open_store(str(tmp_path / "a.db")) as store:
        ingest_paths([corpus], store, fast)
        again = ingest_paths([corpus], store, nlp)
        assert (again.documents, again.replaced, again.unchanged) == (3, 3, 0)
        assert ingest_paths([corpus], store, nlp).unchanged == 3


def test_changed_document_replaces_its_extraction(tmp_path: Path, nlp: Language) -> None:
    items = rows(3)
    corpus = write_jsonl(tmp_path / "corpus.jsonl", items)
    with open_store(str(tmp_path / "a.db")) as store:
        ingest_paths([corpus], store, nlp)
        old = {a.id for a in store.attributions("doc-001")}
        items[1]["text"] = SENTENCES[2]
        write_jsonl(corpus, items)
        summary = ingest_paths([corpus], store, nlp)
        assert (summary.replaced, summary.unchanged, summary.added) == (1, 2, 0)
        stored = store.document("doc-001")
        assert stored is not None and stored.document.text == SENTENCES[2]
        new = store.attributions("doc-001")
        assert new and not old & {a.id for a in new}
        assert all(a.attribution.content for a in new)
        assert store.counts()["documents"] == 3


def test_after_ingest_runs_even_when_nothing_changed(tmp_path: Path, nlp: Language) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", rows(2))
    calls: list[dict[str, int]] = []
    with open_store(str(tmp_path / "a.db")) as store:
        for _ in range(2):
            ingest_paths([corpus], store, nlp, after_ingest=lambda s: calls.append(s.counts()))
    assert [c["documents"] for c in calls] == [2, 2]


def test_mentions_from_the_same_parse_and_folders(tmp_path: Path, nlp: Language) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(SENTENCES[0])
    (tmp_path / "in" / "sub" / "a.txt").write_text(SENTENCES[1])
    (tmp_path / "in" / "page.html").write_text(f"<title>T</title><article><p>{SENTENCES[2]}</p>")

    with open_store(str(tmp_path / "a.db")) as store:
        summary = ingest_paths([tmp_path / "in"], store, nlp)
        assert summary.added == 3
        assert [d.document.id for d in store.documents()] == ["a.txt", "page.html", "sub/a.txt"]
        texts = {d.document.id: d.document.text for d in store.documents()}
        stored = store.mentions()
        # "Lyari" is a place the parse names; every mention quotes its document.
        assert ("a.txt", "Lyari") in [(doc, m.text) for doc, m in stored]
        assert all(texts[doc][m.start : m.end] == m.text for doc, m in stored)


def test_parity_sqlite_and_postgresql(tmp_path: Path, nlp: Language, postgres_url: str) -> None:
    corpus = [REPO / "examples" / "case-file.jsonl"]
    snapshots = []
    for url in (str(tmp_path / "a.db"), postgres_url):
        with open_store(url) as store:
            summary = ingest_paths(corpus, store, nlp)
            snapshots.append((dataclasses.astuple(summary), snapshot(store)))
    assert snapshots[0] == snapshots[1]
    assert snapshots[0][1]["counts"]["attributions"] > 20


# --- the command line ----------------------------------------------------------------------


def assert_one_line_error(result: Any, *expected: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for text in expected:
        assert text in lines[0], lines[0]


def test_cli_ingest_and_info(tmp_path: Path, nlp: Language) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", rows(3))
    db = str(tmp_path / "c.db")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ingested 3 documents (0 unchanged, 0 replaced), ")
    assert result.stdout.rstrip().endswith(f"attributions into {db}")
    info = runner.invoke(app, ["info", "--db", db, "--json"])
    data = json.loads(info.stdout)
    assert data["counts"]["documents"] == data["documents"] == 3
    assert set(data["counts"]) == {"documents", "attributions", "entities", "allegations"}
    assert {"version", "spacy_model", "components"} <= set(data)


def test_cli_default_database_is_corroborate_db(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CORROBORATE_DB", raising=False)
    write_jsonl(tmp_path / "corpus.jsonl", rows(1))
    result = runner.invoke(app, ["ingest", "corpus.jsonl"])
    assert result.exit_code == 0 and "into corroborate.db" in result.stdout
    assert (tmp_path / "corroborate.db").is_file()


def test_info_on_a_missing_database(tmp_path: Path) -> None:
    result = runner.invoke(app, ["info", "--db", str(tmp_path / "none.db")])
    assert_one_line_error(result, "no such database; run corroborate ingest first")
    assert not (tmp_path / "none.db").exists()


def test_bad_line_stops_before_anything_is_lost(tmp_path: Path, nlp: Language) -> None:
    db = str(tmp_path / "c.db")
    good = write_jsonl(tmp_path / "good.jsonl", rows(2))
    assert runner.invoke(app, ["ingest", str(good), "--db", db]).exit_code == 0
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"id": "x1", "text": "Fine."}\n{"id": "x2", "text": "caf\xe9"}\n{"id": 3\n')
    result = runner.invoke(app, ["ingest", str(bad), "--db", db])
    assert_one_line_error(result, f"{bad}:2: not valid UTF-8", "--skip-errors")
    with open_store(db) as store:
        assert [d.document.id for d in store.documents()] == ["doc-000", "doc-001"]
    result = runner.invoke(app, ["ingest", str(bad), "--db", db, "--skip-errors"])
    assert result.exit_code == 0, result.output
    assert f"skipped {bad}:2: not valid UTF-8" in result.stderr
    assert f"skipped {bad}:3: not valid JSON" in result.stderr
    assert "; 2 skipped (see above)" in result.stdout
    with open_store(db) as store:
        assert [d.document.id for d in store.documents()] == ["doc-000", "doc-001", "x1"]


def test_text_a_database_cannot_hold_is_bad_input(tmp_path: Path, nlp: Language) -> None:
    db = str(tmp_path / "c.db")
    corpus = tmp_path / "nul.jsonl"
    corpus.write_text('{"id": "ok", "text": "Fine."}\n{"id": "n", "text": "a\\u0000b"}\n')
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db])
    assert_one_line_error(result, f"{corpus}:2: document 'n': \"text\" contains a NUL character")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--skip-errors"])
    assert result.exit_code == 0 and "1 skipped" in result.stdout
    with pytest.raises(InputError), open_store(db) as store:
        ingest_paths([corpus], store, nlp)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["missing.jsonl"], "missing.jsonl: no such file"),
        (["notes.csv"], "notes.csv: unknown file type .csv"),
        (["good.jsonl", "--db", "mysql://x/y"], "unsupported database URL scheme 'mysql'"),
        (["good.jsonl", "--db", "notes.csv"], "not an SQLite database; pass another --db"),
    ],
)
def test_bad_paths_and_databases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], expected: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.csv").write_text("a,b\n" * 1000)
    write_jsonl(tmp_path / "good.jsonl", rows(1))
    assert_one_line_error(runner.invoke(app, ["ingest", *args]), expected)
    assert (tmp_path / "notes.csv").read_text().startswith("a,b")


def test_hostile_text_is_stored_as_text(tmp_path: Path, nlp: Language) -> None:
    hostile = {
        "id": "<img src=x onerror=alert(1)>",
        "title": "<script>alert('title')</script>'); DROP TABLE documents; --",
        "outlet": "<b>Outlet</b>",
        "url": "javascript:alert(1)",
        "published": None,
        "text": "<script>document.cookie</script> Police said <i>three</i> were held.",
    }
    corpus = write_jsonl(tmp_path / "hostile.jsonl", [hostile])
    (tmp_path / "hostile.txt").write_text("<?php system($_GET['x']); ?>\n<p onclick=x>Text</p>")
    with open_store(str(tmp_path / "c.db")) as store:
        ingest_paths([corpus, tmp_path / "hostile.txt"], store, nlp)
        stored = {d.document.id: d.document for d in store.documents()}
    doc = stored[str(hostile["id"])]
    assert (doc.title, doc.outlet, doc.url, doc.text) == (
        hostile["title"], hostile["outlet"], hostile["url"], hostile["text"],
    )  # fmt: skip
    assert stored["hostile.txt"].text == (tmp_path / "hostile.txt").read_text()


# --- a killed ingest -----------------------------------------------------------------------


def count_documents(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created yet


def test_killed_ingest_resumes_with_every_document_once(tmp_path: Path, nlp: Language) -> None:
    total = 40
    corpus = write_jsonl(tmp_path / "corpus.jsonl", rows(total, sentences=8))
    db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "corroborate", "ingest", str(corpus), "--db", str(db)]
    # One document per spaCy batch, so that commits are spread over the run.
    command += ["--batch-size", "1"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while count_documents(db) < 3:
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"ingest ended before it could be killed: {process.communicate()}")
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored = count_documents(db)
    assert 3 <= stored < total, "the run finished before the kill: make the corpus larger"

    with sqlite3.connect(db) as conn:  # usable as it is, before any resume
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    resumed = subprocess.run(command, capture_output=True, text=True, check=False)
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.startswith(f"ingested {total} documents ({stored} unchanged, 0 replaced)")

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # Exactly what one uninterrupted run stores.
    with open_store(str(tmp_path / "clean.db")) as clean:
        # As the command runs it: with the ledger's rebuild.
        ingest_paths([corpus], clean, nlp, after_ingest=rebuild)
        expected = snapshot(clean)
    with open_store(str(db)) as store:
        assert snapshot(store) == expected
        assert len(store.documents()) == total
