"""The web app's fixtures: one SQLite database per session with the example case file and two
hostile documents (script tags, event handlers, javascript: URLs), ingested as the CLI does."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from spacy.language import Language

from corroborate.ingest import ingest_paths
from corroborate.ledger.store import rebuild
from corroborate.store import open_store
from corroborate.web.app import ServerConfig, create_app

HERE = Path(__file__).resolve().parent
CASE_FILE = HERE.parent.parent / "examples" / "case-file.jsonl"
HOSTILE = HERE / "hostile.jsonl"
TOKEN = "s3cret-token"
# The server answers only to the loopback names (web.hosts), not TestClient's "testserver".
BASE_URL = "http://127.0.0.1"


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> str:
    """The fixture database, built once; tests that write use a copy (``writable_db``)."""
    path = tmp_path_factory.mktemp("web") / "case.db"
    with open_store(str(path)) as store:
        ingest_paths([CASE_FILE, HOSTILE], store, nlp, after_ingest=rebuild)
    return str(path)


@pytest.fixture(scope="session")
def app(web_db: str) -> FastAPI:
    return create_app(ServerConfig(db=web_db))


@pytest.fixture(scope="session")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, base_url=BASE_URL, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def writable_db(web_db: str, tmp_path: Path) -> str:
    path = tmp_path / "writable.db"
    with open_store(web_db, read_only=True):  # the copy is of a settled database
        pass
    shutil.copy(web_db, path)
    for suffix in ("-wal", "-shm"):
        if Path(web_db + suffix).exists():
            shutil.copy(web_db + suffix, str(path) + suffix)
    return str(path)


@pytest.fixture
def writer(
    writable_db: str, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TestClient]:
    """A server with writes enabled and the session's spaCy pipeline (no second load)."""
    from corroborate.web import writes

    monkeypatch.setattr(writes, "_nlp", nlp)
    app = create_app(ServerConfig(db=writable_db, token=TOKEN, allow_writes=True))
    with TestClient(app, base_url=BASE_URL, raise_server_exceptions=False) as c:
        yield c
