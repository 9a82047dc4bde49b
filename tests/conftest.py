"""Shared fixtures: the spaCy pipeline (loaded once), the data beside the checkout, PostgreSQL."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from spacy.language import Language

from corroborate.extract import Analysis, analyse_documents
from corroborate.ledger.build import AnalysedDocument
from corroborate.records import Document
from corroborate.store import Store

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
KARACHI = SHARED / "corpora" / "karachi-dev.jsonl"


def shared_file(path: Path) -> Path:
    """A file from ../shared; CI always has it, so there its absence fails the test."""
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must run beside ../shared")
        pytest.skip(f"{path} is not beside this checkout")
    return path


@pytest.fixture(scope="session")
def nlp() -> Language:
    from corroborate.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def karachi() -> list[dict[str, Any]]:
    path = shared_file(KARACHI)
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


POSTGRES_ENV = "CORROBORATE_TEST_POSTGRES_URL"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test.

    The server is the one $CORROBORATE_TEST_POSTGRES_URL names (scripts/test starts one). CI
    always has it, so there its absence fails the test; elsewhere the test is skipped.
    """
    import psycopg

    admin = os.environ.get(POSTGRES_ENV)
    if not admin:
        if os.environ.get("CI"):
            pytest.fail(f"${POSTGRES_ENV} is not set: CI must test PostgreSQL (scripts/test)")
        pytest.skip(f"${POSTGRES_ENV} is not set (scripts/test starts a server)")
    name = f"corroborate_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        yield urlunsplit(urlsplit(admin)._replace(path="/" + name))
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def analyses_of(nlp: Language, rows: list[dict[str, Any]]) -> list[Analysis]:
    """Rows of a corpus through the per-document stage, as ingest runs it."""
    documents = [
        Document(
            id=row["id"],
            text=row["text"],
            url=row.get("url"),
            outlet=row.get("outlet"),
            published=row.get("published"),
            title=row.get("title"),
        )  # fmt: skip
        for row in rows
    ]
    return list(analyse_documents(documents, nlp))


def analyse_rows(nlp: Language, rows: list[dict[str, Any]]) -> list[AnalysedDocument]:
    """Rows of a corpus through the per-document stage, as the ledger reads them."""
    return [
        AnalysedDocument(a.document, a.attributions, a.mentions, a.claims)
        for a in analyses_of(nlp, rows)
    ]


def put_analysed(store: Store, docs: Iterable[AnalysedDocument]) -> None:
    """Store analysed documents as ingest does, without rebuilding the ledger."""
    for d in docs:
        store.put_document(d.document, d.attributions, d.mentions, claims=d.claims)


@pytest.fixture(scope="session")
def karachi_analysed(nlp: Language, karachi: list[dict[str, Any]]) -> list[AnalysedDocument]:
    """The karachi corpus analysed once per session: documents, attributions, mentions."""
    return analyse_rows(nlp, karachi)


def index_snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the ledger's index tables, sorted: an update must leave the index a full
    rebuild writes, not only its ledger (the next update reads it)."""
    from corroborate.store.index import INDEX_TABLES, NAME_SUMS

    db = store._db  # tests only: the index has no reader for whole tables
    return {t: sorted(tuple(r) for r in db.query(f"SELECT * FROM {t}"))
            for t in (*INDEX_TABLES, NAME_SUMS)}  # fmt: skip
