"""A database this user cannot write (a 444 file in a 555 folder, WAL mode: archived evidence)
is read by every command that reads, changes nothing, and is served.

Run in processes that cannot bypass file permissions (``tests/permissions.py``): CI is root.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from corroborate.ingest import ingest_paths
from corroborate.ledger.store import rebuild
from corroborate.store import open_store
from tests.permissions import unprivileged

CASE_FILE = Path(__file__).resolve().parent.parent.parent / "examples" / "case-file.jsonl"
READ_COMMANDS = {
    "info": ["info", "--json"],
    "ledger": ["ledger", "--format", "json"],
    "audit": ["audit", "--format", "json"],
    "entity": ["entity", "Tariq Noor"],
    "export": ["export", "--format", "jsonl"],
}


def corroborate(*args: str, privileged: bool = False) -> subprocess.CompletedProcess[str]:
    prefix = [] if privileged else unprivileged()
    return subprocess.run(
        [*prefix, sys.executable, "-m", "corroborate", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def lock(folder: Path) -> None:
    for path in folder.iterdir():
        os.chmod(path, 0o444)
    os.chmod(folder, 0o555)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Path]:
    """The case file's store in a folder that, like its file, nobody may write."""
    folder = tmp_path_factory.mktemp("archive")
    db = folder / "case.db"
    with open_store(str(db)) as store:
        ingest_paths([CASE_FILE], store, nlp, after_ingest=rebuild)
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    check.close()  # the last connection: the -wal and -shm files go with it
    lock(folder)
    try:
        yield db
    finally:
        os.chmod(folder, 0o755)


@pytest.mark.parametrize("command", list(READ_COMMANDS))
def test_every_read_command_reads_a_read_only_database(archive: Path, command: str) -> None:
    args = [*READ_COMMANDS[command], "--db", str(archive)]
    before = fingerprint(archive.parent)
    result = corroborate(*args)
    assert result.returncode == 0, result.stderr
    assert fingerprint(archive.parent) == before  # nothing written, no -wal or -shm left
    # The same output as a user who may write gets.
    assert result.stdout == corroborate(*args, privileged=True).stdout or command == "info"
    if command == "info":
        assert '"documents": 10' in result.stdout


SERVE = textwrap.dedent(
    """
    import sys
    from fastapi.testclient import TestClient
    from corroborate.web.app import ServerConfig, create_app

    app = create_app(ServerConfig(db=sys.argv[1]))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        for path in ("/", "/api/ledger", "/audit"):
            response = client.get(path)
            print(path, response.status_code, len(response.json()["allegations"])
                  if path == "/api/ledger" else "")
    """
)


def test_serve_reads_a_read_only_database(archive: Path) -> None:
    result = subprocess.run(
        [*unprivileged(), sys.executable, "-c", SERVE, str(archive)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split("\n")
    assert lines[0].split()[:2] == ["/", "200"] and lines[2].split()[:2] == ["/audit", "200"]
    status, allegations = lines[1].split()[1:]
    assert status == "200" and int(allegations) > 0


def test_a_write_ahead_log_it_cannot_read_is_a_clear_error(tmp_path: Path) -> None:
    # Copied while a writer had it open: the newest commits are only in case.db-wal, which
    # cannot be read without creating case.db-shm, which the folder forbids.
    source = tmp_path / "live" / "case.db"
    source.parent.mkdir()
    with open_store(str(source)):
        pass
    writer = sqlite3.connect(source)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("INSERT INTO migrations VALUES (99, 'pending', 'now')")
    writer.commit()
    folder = tmp_path / "copy"
    folder.mkdir()
    for name in ("case.db", "case.db-wal"):
        (folder / name).write_bytes((source.parent / name).read_bytes())
    writer.close()
    lock(folder)
    try:
        result = corroborate("ledger", "--db", str(folder / "case.db"))
    finally:
        os.chmod(folder, 0o755)
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert "write-ahead log (case.db-wal) holds changes" in line, line
