"""The JSON API: every endpoint, the ledger's filters, the one error shape, the token rule."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from corroborate.errors import CorroborateError, StoreError
from corroborate.ledger import render
from corroborate.ledger.store import rebuild_and_compare, remove
from corroborate.records import Document
from corroborate.store import open_store
from corroborate.web.app import ServerConfig, create_app
from tests.web.conftest import BASE_URL, TOKEN


def ledger(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/api/ledger", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    return dict(response.json())


def assert_error(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    """Every error, whatever raised it, has the one shape."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status
    assert body["error"]["message"] and "\n" not in body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return dict(body["error"])


# --- GET /api/ledger ------------------------------------------------------------------------


def test_ledger_is_the_cli_json(client: TestClient, web_db: str) -> None:
    with open_store(web_db, read_only=True) as store:
        stored = store.ledger()
    assert ledger(client) == json.loads(render.to_json(stored))
    assert ledger(client)["allegations"], "the fixture should have allegations"


@pytest.mark.parametrize("name", ["Tariq Noor", "noor", "Doctor", "Coastal Guard", "nobody at all"])
def test_entity_filter_is_the_cli_filter(client: TestClient, web_db: str, name: str) -> None:
    with open_store(web_db, read_only=True) as store:
        expected = render.select(store.ledger(), name, None)
    assert ledger(client, entity=name) == json.loads(render.to_json(expected))


def test_every_entity_name_and_id_filters_as_the_cli_does(client: TestClient, web_db: str) -> None:
    with open_store(web_db, read_only=True) as store:
        stored = store.ledger()
    for e in stored.entities:
        for name in [e.id, e.name, *(a.name for a in e.aliases)]:
            expected = render.select(stored, name, None).to_json()
            assert ledger(client, entity=name) == expected, name


def test_status_filter(client: TestClient) -> None:
    full = ledger(client)
    for status in {a["status"] for a in full["allegations"]}:
        found = ledger(client, status=status)["allegations"]
        assert found and all(a["status"] == status for a in found)
        assert len(found) == sum(a["status"] == status for a in full["allegations"])


def test_confession_only_filter(client: TestClient) -> None:
    full = ledger(client)["allegations"]
    yes = ledger(client, confession_only="true")["allegations"]
    no = ledger(client, confession_only="false")["allegations"]
    assert all(a["confession_only"] for a in yes)
    assert not any(a["confession_only"] for a in no)
    assert len(yes) + len(no) == len(full)


def test_since_and_until_keep_allegations_with_an_event_in_range(client: TestClient) -> None:
    full = ledger(client)["allegations"]
    found = ledger(client, since="2019-03", until="2019")["allegations"]
    assert found and len(found) < len(full)
    for a in found:
        assert any(e["date"] and "2019-03" <= e["date"][:7] <= "2019" + "-12" for e in a["events"])
    assert ledger(client, since="2100")["allegations"] == []
    # Entities are narrowed to those the remaining allegations accuse.
    narrowed = ledger(client, since="2100")
    assert narrowed["entities"] == []


@pytest.mark.parametrize(
    "params",
    [
        {"status": "guilty"},
        {"confession_only": "maybe"},
        {"since": "last week"},
        {"until": "2019-3-1"},
    ],
)
def test_bad_filters_are_422_in_the_error_shape(client: TestClient, params: dict[str, str]) -> None:
    error = assert_error(client.get("/api/ledger", params=params), 422, "invalid_request")
    assert next(iter(params)) in error["message"]


# --- documents, entities, allegations ---------------------------------------------------


def test_documents_list_search_and_paging(client: TestClient) -> None:
    body = client.get("/api/documents").json()
    assert body["total"] == 12
    ids = [d["id"] for d in body["documents"]]
    assert "pm-001" in ids and "hostile-1" in ids
    assert set(body["documents"][0]) >= {"id", "title", "outlet", "published", "url"}
    assert "text" not in body["documents"][0]
    page = client.get("/api/documents", params={"limit": 5, "offset": 5}).json()
    assert [d["id"] for d in page["documents"]] == ids[5:10]
    found = client.get("/api/documents", params={"q": "retracted confession"}).json()
    assert found["total"] >= 1 and all(d["id"] in ids for d in found["documents"])
    assert_error(client.get("/api/documents", params={"limit": 0}), 422, "invalid_request")


def test_document_with_attributions_and_events(client: TestClient) -> None:
    body = client.get("/api/documents/pm-001").json()
    assert body["id"] == "pm-001" and body["text"].startswith("PORT MERIDIAN")
    assert body["attributions"] and all("id" in a and "kind" in a for a in body["attributions"])
    for event in body["events"]:
        assert body["text"][event["start"] : event["end"]] == event["quote"]
        assert event["allegation_id"].startswith("alg_")


def test_document_ids_with_odd_characters(client: TestClient) -> None:
    odd = 'hostile <2>/"q"?x#y'
    body = client.get("/api/documents/" + quote(odd, safe="")).json()
    assert body["id"] == odd


def test_entity_and_allegation(client: TestClient) -> None:
    full = ledger(client)
    noor = ledger(client, entity="Tariq Noor")["entities"][0]
    body = client.get(f"/api/entities/{noor['id']}").json()
    assert body["name"] == "Tariq Noor"
    assert "Doctor" in body["aliases"]
    assert {r["name"] for r in body["alias_reasons"]} == set(body["aliases"])
    assert all(r["reason"] for r in body["alias_reasons"])
    against = {a["id"] for a in body["allegations_against"]}
    assert against == {a["id"] for a in full["allegations"] if noor["id"] in a["accused"]}
    allegation = client.get(f"/api/allegations/{sorted(against)[0]}").json()
    assert allegation == {
        **next(a for a in full["allegations"] if a["id"] == sorted(against)[0]),
        "accused_entities": allegation["accused_entities"],
        "corrections": [],  # none made by hand in the fixture
    }
    assert noor["id"] in [e["id"] for e in allegation["accused_entities"]]


def test_search_endpoint(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "tariq noor"}).json()
    assert [e["name"] for e in body["entities"]] == ["Tariq Noor"]
    assert body["allegations"] and body["documents"]
    assert_error(client.get("/api/search"), 422, "invalid_request")


@pytest.mark.parametrize(
    "path", ["/api/documents/nope", "/api/entities/ent_nope", "/api/allegations/alg_nope", "/api/x"]
)
def test_missing_things_are_404_in_the_error_shape(client: TestClient, path: str) -> None:
    assert_error(client.get(path), 404, "not_found")


def test_wrong_method_is_405_in_the_error_shape(client: TestClient) -> None:
    assert_error(client.delete("/api/ledger"), 405, "method_not_allowed")


def test_a_bug_is_500_in_the_error_shape(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from corroborate.web.snapshot import Snapshot

    def broken(self: Snapshot, *args: object) -> None:
        raise RuntimeError("boom: secret detail")

    monkeypatch.setattr(Snapshot, "select", broken)
    error = assert_error(
        client.get("/api/ledger", params={"entity": "a name never asked before"}), 500
    )
    assert error["code"] == "internal_error" and "secret" not in error["message"]


def test_audit_is_the_cli_json(client: TestClient, web_db: str) -> None:
    from typer.testing import CliRunner

    from corroborate.cli import app

    result = CliRunner().invoke(app, ["audit", "--db", web_db, "--format", "json"])
    assert result.exit_code == 0, result.output
    response = client.get("/api/audit")
    assert response.status_code == 200
    assert response.json() == json.loads(result.stdout)
    assert {"figures", "groups", "discrepancies"} <= set(response.json())
    assert response.json()["groups"], "the case file reports raids and arrests by party"


# --- the token rule and read-only -------------------------------------------------------


NEW = {
    "id": "new-1",
    "text": "The Guard said that Lena Ortiz had confessed to arson.",
    "title": "Arson",
    "published": "2023-02-01",
}


@pytest.mark.parametrize("auth", [None, f"Bearer {TOKEN}", "Bearer wrong"])
def test_read_only_server_refuses_every_write(client: TestClient, auth: str | None) -> None:
    headers = {"Authorization": auth} if auth else {}
    response = client.post("/api/documents", json=NEW, headers=headers)
    assert_error(response, 403, "writes_disabled")
    assert_error(client.get("/api/documents/new-1"), 404)


def test_read_only_server_cannot_write_even_from_inside(client: TestClient) -> None:
    source = client.app.state.source  # type: ignore[attr-defined]
    with pytest.raises(StoreError):
        source.with_store(lambda s: s.put_document(Document(id="x", text="y"), []))


def test_token_without_allow_writes_still_refuses(web_db: str) -> None:
    app = create_app(ServerConfig(db=web_db, token=TOKEN))
    with TestClient(app, base_url=BASE_URL) as c:
        response = c.post("/api/documents", json=NEW, headers={"Authorization": f"Bearer {TOKEN}"})
        assert_error(response, 403, "writes_disabled")


def test_allow_writes_needs_a_token(web_db: str) -> None:
    with pytest.raises(CorroborateError, match="--token"):
        create_app(ServerConfig(db=web_db, allow_writes=True))


def test_writes_need_the_token(writer: TestClient) -> None:
    missing = writer.post("/api/documents", json=NEW)
    assert_error(missing, 401, "unauthorized")
    assert missing.headers["www-authenticate"] == "Bearer"
    assert_error(writer.post("/api/documents", json=NEW, headers={"Authorization": "Basic x"}), 401)
    wrong = writer.post("/api/documents", json=NEW, headers={"Authorization": "Bearer nope"})
    assert_error(wrong, 403, "forbidden")
    assert_error(writer.get("/api/documents/new-1"), 404)


def test_writes_with_the_token_ingest_and_show_at_once(writer: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    before = writer.get("/api/documents").json()["total"]
    response = writer.post("/api/documents", json=NEW, headers=auth)
    assert response.status_code == 201, response.text
    assert response.json()["documents"] == ["new-1"] and response.json()["added"] == 1
    # The cache follows the store's change marker: the new document is served at once.
    assert writer.get("/api/documents").json()["total"] == before + 1
    assert writer.get("/api/documents/new-1").json()["title"] == "Arson"
    again = writer.post("/api/documents", json=NEW, headers=auth)
    assert again.status_code == 200 and again.json()["unchanged"] == 1


def test_file_upload(writer: TestClient, tmp_path: Path) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = "The court acquitted Lena Ortiz of arson for want of evidence."
    files = {"file": ("../../etc/ruling.txt", text.encode(), "text/plain")}
    response = writer.post("/api/documents", files=files, headers=auth)
    assert response.status_code == 201, response.text
    assert response.json()["documents"] == ["ruling.txt"]
    assert writer.get("/api/documents/ruling.txt").json()["text"].strip() == text
    bad = {"file": ("evil.exe", b"MZ", "application/octet-stream")}
    assert_error(writer.post("/api/documents", files=bad, headers=auth), 422)


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 422),
        ({"json": {"id": "x"}}, 422),
        ({"json": {"id": "", "text": "t"}}, 422),
        ({"content": b"id=x", "headers": {"content-type": "text/plain"}}, 415),
    ],
)
def test_bad_writes_are_errors_in_the_shape(
    writer: TestClient, body: dict[str, Any], status: int
) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}", **body.pop("headers", {})}
    assert_error(writer.post("/api/documents", headers=headers, **body), status)


def test_openapi_docs(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200
    # Swagger UI comes from this server, never a CDN: the docs work on a closed network.
    assets = re.findall(r'(?:src|href)="([^"]+)"', docs.text)
    assert assets and all(a.startswith("/docs/assets/") for a in assets), assets
    assert client.get("/docs/assets/swagger-ui-bundle.js").status_code == 200
    spec = client.get("/openapi.json").json()
    for path in [
        "/api/ledger",
        "/api/audit",
        "/api/documents",
        "/api/documents/{document_id}",
        "/api/entities/{entity_id}",
        "/api/allegations/{allegation_id}",
    ]:
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/documents"]


def test_a_document_removed_by_another_process_leaves_the_running_server(
    writable_db: str,
) -> None:
    with TestClient(create_app(ServerConfig(db=writable_db)), base_url=BASE_URL) as client:
        assert client.get("/api/documents/pm-001").status_code == 200
        before = client.get("/api/documents").json()["total"]
        events = [e for a in ledger(client)["allegations"] for e in a["events"]]
        assert any(e["document_id"] == "pm-001" for e in events)
        with open_store(writable_db) as store:  # as `corroborate remove pm-001` does
            remove(store, ["pm-001"])
        # The store's change marker moved: the next request reads the store again.
        assert_error(client.get("/api/documents/pm-001"), 404)
        assert client.get("/documents/pm-001").status_code == 404
        assert client.get("/api/documents").json()["total"] == before - 1
        events = [e for a in ledger(client)["allegations"] for e in a["events"]]
        assert events and all(e["document_id"] != "pm-001" for e in events)


def test_delete_needs_writes_and_the_token(client: TestClient, writer: TestClient) -> None:
    assert_error(client.delete("/api/documents/pm-001"), 403, "writes_disabled")
    assert_error(writer.delete("/api/documents/pm-001"), 401, "unauthorized")
    wrong = {"Authorization": "Bearer nope"}
    assert_error(writer.delete("/api/documents/pm-001", headers=wrong), 403, "forbidden")
    assert writer.get("/api/documents/pm-001").status_code == 200


def test_delete_with_the_token_removes_as_the_command_does(
    writer: TestClient, writable_db: str
) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    response = writer.delete("/api/documents/pm-003", headers=auth)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["removed"] == "pm-003" and body["rows"]["documents"] == 1
    assert body["rows"]["attributions"] > 0 and body["orphaned_corrections"] == []
    assert_error(writer.get("/api/documents/pm-003"), 404)
    gone = assert_error(writer.delete("/api/documents/pm-003", headers=auth), 404, "not_found")
    assert "pm-003" in gone["message"]
    with open_store(writable_db) as store:
        assert rebuild_and_compare(store) is None
