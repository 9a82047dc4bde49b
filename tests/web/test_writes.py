"""Errors of ``POST /api/documents`` and of the store say what the client can act on: no
temporary server paths, no command-line advice."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from corroborate.errors import StoreError
from corroborate.web import audit as audits
from corroborate.web.app import ServerConfig, create_app
from tests.web.conftest import BASE_URL, TOKEN
from tests.web.test_api import assert_error

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def assert_no_internals(message: str) -> None:
    assert "/tmp" not in message and "corroborate-upload" not in message, message
    assert "--" not in message and "corroborate " not in message, message


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("reports.jsonl", b'{"id": "a", "text": "The Guard said so."}\n{not json\n'),
        ("reports.jsonl", b'{"id": "a"}\n'),
        ("report.txt", "Die Wache sagte: \u00fcberall.".encode("latin-1")),
    ],
)
def test_bad_uploads_name_the_upload_not_the_server_file(
    writer: TestClient, name: str, data: bytes
) -> None:
    response = writer.post("/api/documents", files={"file": (name, data)}, headers=AUTH)
    error = assert_error(response, 422, "invalid_input")
    assert_no_internals(error["message"])
    assert error["message"].startswith(repr(name)), error["message"]


def test_store_errors_stay_in_the_servers_log(
    web_db: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(source: object) -> None:
        raise StoreError("/srv/cases/secret.db: database is locked; pass --db another file")

    monkeypatch.setattr(audits, "audit_json", broken)
    with TestClient(create_app(ServerConfig(db=web_db)), base_url=BASE_URL) as client:
        response = client.get("/api/audit")  # a server of its own: nothing cached yet
    error = assert_error(response, 500, "store_error")
    assert "/srv" not in error["message"] and "--db" not in error["message"]
    assert "secret.db" in caplog.text  # the operator still learns what went wrong


def test_a_bad_json_document_is_named_as_the_document(writer: TestClient) -> None:
    body = {"id": "nul-1", "text": "The Guard said \u0000 nothing."}
    error = assert_error(writer.post("/api/documents", json=body, headers=AUTH), 422)
    assert_no_internals(error["message"])
    assert error["message"].startswith("the document: "), error["message"]
