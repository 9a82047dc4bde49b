"""``corroborate ingest --workers N`` and ``--dask ADDRESS``: the same ledger, the same errors,
and a killed run that the same command finishes, as with one process."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.ingest import ingest_paths
from corroborate.ledger.store import rebuild
from corroborate.nlp.pipeline import load_pipeline
from corroborate.run.dask import DaskRunner
from corroborate.store import open_store
from tests.test_ingest import assert_one_line_error, count_documents, rows, snapshot, write_jsonl

REPO = Path(__file__).resolve().parents[2]
CASE_FILE = REPO / "examples" / "case-file.jsonl"
runner = CliRunner()


def ingest(*args: str, input: bytes | None = None) -> Any:
    return runner.invoke(app, ["ingest", *args], input=input)


def stored(url: str) -> dict[str, Any]:
    with open_store(url) as store:
        return snapshot(store)


# --- the same ledger -----------------------------------------------------------------------


def test_two_workers_store_what_one_does(tmp_path: Path, nlp: Language) -> None:
    # --batch-size 2: the ten reports travel in five chunks, so both workers extract.
    results = {}
    for workers in ("1", "2"):
        db = str(tmp_path / f"w{workers}.db")
        result = ingest(str(CASE_FILE), "--db", db, "--workers", workers, "--batch-size", "2")
        assert result.exit_code == 0, result.output
        results[workers] = (result.stdout.replace(db, "DB"), stored(db))
    assert results["1"] == results["2"]
    assert results["2"][1]["counts"]["allegations"] > 0


def test_dask_into_postgresql_stores_what_one_process_writes_into_sqlite(
    tmp_path: Path, nlp: Language, dask_cluster: Any, postgres_url: str
) -> None:
    sqlite = str(tmp_path / "one.db")
    with open_store(sqlite) as store:
        ingest_paths([CASE_FILE], store, nlp, after_ingest=rebuild)
    result = ingest(
        str(CASE_FILE), "--db", postgres_url, "--dask", dask_cluster.scheduler_address,
        "--batch-size", "2",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ingested 10 documents (0 unchanged, 0 replaced), ")
    assert stored(postgres_url) == stored(sqlite)
    # Both workers took part, and each loaded the pipeline once.
    with dask_cluster.get_client() as client:
        loads = client.run(_pipelines_loaded)
    assert sorted(loads.values()) == [1, 1], loads
    # Again: nothing left to extract, nothing sent.
    again = ingest(str(CASE_FILE), "--db", postgres_url, "--dask", dask_cluster.scheduler_address)
    assert again.stdout.startswith("ingested 10 documents (10 unchanged, 0 replaced), 0 attr")


def _pipelines_loaded() -> int:
    from corroborate.nlp import pipeline

    return pipeline._load.cache_info().misses


# --- bad input -----------------------------------------------------------------------------

# Standard input is read as the run goes (a file is checked whole before anything is
# extracted), so the bad line is met with documents in flight.
BAD_STDIN = b"".join(json.dumps(r).encode() + b"\n" for r in rows(5)) + (
    b'{"id": "x", "text": "caf\xe9"}\n'
    + b"".join(json.dumps(r).encode() + b"\n" for r in rows(9)[5:])
    + b'{"id": 3\n'
)


@pytest.mark.parametrize("skip", [False, True])
def test_bad_input_gives_the_same_errors_everywhere(
    tmp_path: Path, nlp: Language, dask_address: str, skip: bool
) -> None:
    outcomes = {}
    for name, where in {
        "one": ["--workers", "1"],
        "workers": ["--workers", "2"],
        "dask": ["--dask", dask_address],
    }.items():
        db = str(tmp_path / f"{name}.db")
        flags = ["--skip-errors"] if skip else []
        result = ingest("-", "--db", db, "--batch-size", "1", *where, *flags, input=BAD_STDIN)
        ids = [d[0].id for d in stored(db)["documents"]]
        outcomes[name] = (result.exit_code, result.stdout.replace(db, "DB"), result.stderr, ids)
    assert outcomes["workers"] == outcomes["one"]
    assert outcomes["dask"] == outcomes["one"]
    if skip:
        assert outcomes["one"][0] == 0 and "2 skipped" in outcomes["one"][1]
        assert "skipped <stdin>:6: not valid UTF-8" in outcomes["one"][2]
        assert len(outcomes["one"][3]) == 9
    else:
        result = ingest("-", "--db", str(tmp_path / "e.db"), "--workers", "2", input=BAD_STDIN)
        assert_one_line_error(result, "<stdin>:6: not valid UTF-8", "--skip-errors")
        # What was read before the bad line is stored, extracted in whichever place.
        assert outcomes["one"][3] == ["doc-000", "doc-001", "doc-002", "doc-003", "doc-004"]


def test_an_unreachable_cluster_is_one_line_and_loses_nothing(
    tmp_path: Path, nlp: Language
) -> None:
    db = str(tmp_path / "c.db")
    corpus = write_jsonl(tmp_path / "c.jsonl", rows(2))
    assert ingest(str(corpus), "--db", db).exit_code == 0
    before = stored(db)
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = ingest(str(corpus), "--db", db, "--dask", f"tcp://127.0.0.1:{port}")
    assert_one_line_error(result, f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}")
    assert_one_line_error(ingest(str(corpus), "--db", db, "--dask", "nowhere"), "--dask tcp://")
    assert stored(db) == before


def test_a_cluster_running_another_version_is_refused(
    tmp_path: Path, nlp: Language, dask_address: str
) -> None:
    with DaskRunner(nlp, dask_address) as cluster:
        cluster.extractor = '["0.0.0-other"]'
        corpus = write_jsonl(tmp_path / "c.jsonl", rows(2))
        with open_store(str(tmp_path / "c.db")) as store:
            with pytest.raises(Exception, match="a Dask worker extracts with .* install the same"):
                ingest_paths([corpus], store, runner=cluster)
            assert store.counts()["documents"] == 0


# --- killed and resumed --------------------------------------------------------------------


def children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[0] != "Z"


@pytest.mark.parametrize("where", ["workers", "dask"])
def test_killed_ingest_resumes_with_every_document_once(
    tmp_path: Path, nlp: Language, where: str, request: pytest.FixtureRequest
) -> None:
    total = 40
    corpus = write_jsonl(tmp_path / "corpus.jsonl", rows(total, sentences=8))
    db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "corroborate", "ingest", str(corpus), "--db", str(db)]
    command += ["--batch-size", "1"]  # one document per chunk: commits spread over the run
    if where == "dask":
        command += ["--dask", request.getfixturevalue("dask_address")]
    else:
        command += ["--workers", "2"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 180
    while count_documents(db) < 3:
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"ingest ended before it could be killed: {process.communicate()}")
        time.sleep(0.005)
    workers = children(process.pid)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    done = count_documents(db)
    assert 3 <= done < total, "the run finished before the kill: make the corpus larger"
    # The killed client's worker processes do not linger, waiting for work forever.
    deadline = time.monotonic() + 20
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if alive(pid)]

    resumed = subprocess.run(command, capture_output=True, text=True, check=False)
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.startswith(f"ingested {total} documents ({done} unchanged, 0 replaced)")
    with open_store(str(tmp_path / "clean.db")) as clean:
        ingest_paths([corpus], clean, load_pipeline(), after_ingest=rebuild)
        expected = snapshot(clean)
    with open_store(str(db)) as store:
        assert snapshot(store) == expected


def test_workers_and_dask_exclude_each_other(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", rows(1))
    result = ingest(str(corpus), "--db", str(tmp_path / "c.db"), "--workers", "2", "--dask", "x")
    assert_one_line_error(result, "--workers and --dask exclude each other")
    assert not (tmp_path / "c.db").exists()
