"""Strict JSON from every endpoint, and no 500, when a text holds a number no float can hold:
read now (a 400-digit count is not taken for a figure) or stored by an older version
(``inf`` in the store, written as the text "Infinity")."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from spacy.language import Language

from corroborate.ingest import ingest_paths
from corroborate.ledger.store import rebuild
from corroborate.records import Attribution, Document, EnforcementFigure, Quantity
from corroborate.store import open_store
from corroborate.web.app import ServerConfig, create_app
from tests.web.conftest import BASE_URL

HUGE = "9" * 400
TEXT = (
    f"The Coastal Guard said on Monday that it had arrested {HUGE} workers of the Harbour Party"
    f" since June. The Guard claims that Tariq Noor took part in {HUGE} killings."
)
ENDPOINTS = ["/api/audit", "/api/ledger", "/api/documents/huge-1", "/api/documents"]
PAGES = ["/audit", "/documents/huge-1", "/"]


def strict(text: str) -> Any:
    def refuse(name: str) -> Any:
        raise ValueError(f"not strict JSON: bare {name}")

    return json.loads(text, parse_constant=refuse)


def serve(db: str) -> Iterator[TestClient]:
    app = create_app(ServerConfig(db=db))
    with TestClient(app, base_url=BASE_URL, raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def ingested(writable_db: str, nlp: Language, tmp_path: Path) -> Iterator[TestClient]:
    path = tmp_path / "huge.jsonl"
    path.write_text(json.dumps({"id": "huge-1", "published": "2020-01-06", "text": TEXT}) + "\n")
    with open_store(writable_db) as store:
        ingest_paths([path], store, nlp, after_ingest=rebuild)
    yield from serve(writable_db)


@pytest.fixture
def stored_infinity(writable_db: str) -> Iterator[TestClient]:
    """A store written before counts were checked: the 400-digit count stored as inf."""
    start = TEXT.index(HUGE)
    quantity = Quantity("workers", start, start + len(HUGE) + 8, value=math.inf)
    attribution = Attribution(
        source=[(0, 17)], cue=[(18, 22)], content=[(33, 150)], quantities=[quantity]
    )
    figure = EnforcementFigure(
        measure="arrests", group="Harbour Party", document_id="huge-1", quote=TEXT[:120],
        start=0, end=120, value=math.inf, date="2020-01-06",
    )  # fmt: skip
    with open_store(writable_db) as store:
        document = Document(id="huge-1", text=TEXT, published="2020-01-06")
        store.put_document(document, [attribution], figures=[figure])
        rebuild(store)
    yield from serve(writable_db)


@pytest.mark.parametrize("fixture", ["ingested", "stored_infinity"])
def test_no_bare_infinity_and_no_500(fixture: str, request: pytest.FixtureRequest) -> None:
    client: TestClient = request.getfixturevalue(fixture)
    for path in ENDPOINTS:
        response = client.get(path)
        assert response.status_code == 200, (path, response.text[:300])
        strict(response.text)
    for path in PAGES:
        assert client.get(path).status_code == 200, path
    ledger = strict(client.get("/api/ledger").text)
    for allegation in ledger["allegations"]:
        response = client.get(f"/api/allegations/{allegation['id']}")
        assert response.status_code == 200
        strict(response.text)


def test_a_stored_infinity_is_kept_as_text(stored_infinity: TestClient) -> None:
    document = strict(stored_infinity.get("/api/documents/huge-1").text)
    assert document["attributions"][0]["quantities"][0]["value"] == "Infinity"
    audit = strict(stored_infinity.get("/api/audit").text)
    values = [f["value"] for f in audit["figures"] if f["document_id"] == "huge-1"]
    assert values == ["Infinity"]
