"""Uploads that break a naive reader are 4xx answers in the error shape, never a 500."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import TOKEN

DEEP = b"[" * 100_000 + b"]" * 100_000
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_a_jsonl_file_nested_100k_deep_is_a_422(writer: TestClient) -> None:
    line = b'{"id": "deep", "text": "The court ruled.", "extra": ' + DEEP + b"}\n"
    files = {"file": ("deep.jsonl", line, "application/jsonl")}
    response = writer.post("/api/documents", files=files, headers=AUTH)
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "invalid_input"
    assert "'deep.jsonl', line 1: not valid JSON (nested deeper" in error["message"]
    assert writer.get("/api/documents/deep").status_code == 404


def test_a_json_body_nested_100k_deep_is_a_422(writer: TestClient) -> None:
    body = b'{"id": "deep", "text": "The court ruled.", "extra": ' + DEEP + b"}"
    headers = {**AUTH, "content-type": "application/json"}
    response = writer.post("/api/documents", content=body, headers=headers)
    assert response.status_code == 422, response.text
    assert set(response.json()) == {"error"}


def test_a_repeated_id_in_an_upload_is_a_422_naming_both_lines(writer: TestClient) -> None:
    lines = b'{"id": "r", "text": "One."}\n{"id": "r", "text": "Two."}\n'
    files = {"file": ("twice.jsonl", lines, "application/jsonl")}
    response = writer.post("/api/documents", files=files, headers=AUTH)
    assert response.status_code == 422, response.text
    assert "'twice.jsonl', line 2: id 'r' is already used by the document at" in response.text
    # The line before the repeated one is stored (with the ledger rebuilt), never the repeat.
    stored = writer.get("/api/documents/r")
    assert stored.status_code == 200 and stored.json()["text"] == "One."
