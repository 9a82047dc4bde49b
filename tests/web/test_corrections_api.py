"""Corrections over HTTP: the token rule, the API, the page forms, and the correction shown
where it applies."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from corroborate.web.app import ServerConfig, create_app
from tests.web.conftest import BASE_URL, TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def corrector(writable_db: str) -> Iterator[TestClient]:
    app = create_app(ServerConfig(db=writable_db, token=TOKEN, allow_writes=True))
    with TestClient(
        app, base_url=BASE_URL, raise_server_exceptions=False, follow_redirects=False
    ) as c:
        yield c


def _ids(client: TestClient) -> dict[str, str]:
    return {e["name"]: e["id"] for e in client.get("/api/ledger").json()["entities"]}


def _merge(ids: dict[str, str]) -> dict[str, Any]:
    return {
        "kind": "merge",
        "entities": [ids["Kamran Vell"], ids["Hamid Soyer"]],
        "reason": "one man: the court record gives both spellings",
        "author": "desk",
    }


def test_token_rule(client: TestClient, corrector: TestClient) -> None:
    body = _merge(_ids(corrector))
    refused = client.post("/api/corrections", json=body)  # a read-only server
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "writes_disabled"
    assert corrector.post("/api/corrections", json=body).status_code == 401
    wrong = corrector.post("/api/corrections", json=body, headers={"Authorization": "Bearer x"})
    assert wrong.status_code == 403
    assert corrector.post("/api/corrections", json={"kind": "merge"}).status_code == 401
    assert corrector.get("/api/corrections").json() == {"corrections": []}
    form = {"kind": "merge", "entities": body["entities"], "reason": "r", "back": "/"}
    assert corrector.post("/corrections", data=form).status_code == 401
    assert corrector.post("/corrections", data={**form, "token": "x"}).status_code == 403
    assert client.post("/corrections", data={**form, "token": TOKEN}).status_code == 403


def test_merge_through_the_api_then_undo(corrector: TestClient) -> None:
    ids = _ids(corrector)
    made = corrector.post("/api/corrections", json=_merge(ids), headers=AUTH)
    assert made.status_code == 201, made.text
    correction = made.json()
    assert correction["kind"] == "merge" and correction["author"] == "desk"
    assert correction["entities"] == [ids["Kamran Vell"], ids["Hamid Soyer"]]
    after = _ids(corrector)
    assert after["Kamran Vell"] == ids["Kamran Vell"] and "Hamid Soyer" not in after
    page = corrector.get(f"/entities/{ids['Kamran Vell']}").text
    assert f'id="correction-{correction["id"]}"' in page
    assert "merged Hamid Soyer into Kamran Vell" in page and "court record" in page
    moved = corrector.get(f"/entities/{ids['Hamid Soyer']}")
    assert moved.status_code == 301 and moved.headers["location"].endswith(ids["Kamran Vell"])
    listed = corrector.get("/api/corrections").json()["corrections"]
    assert [c["id"] for c in listed] == [correction["id"]]
    entity = corrector.get(f"/api/entities/{ids['Kamran Vell']}").json()
    assert [c["id"] for c in entity["corrections"]] == [correction["id"]]

    undone = corrector.post(f"/api/corrections/{correction['id']}/undo", headers=AUTH)
    assert undone.status_code == 200 and undone.json()["undone_at"]
    assert "Hamid Soyer" in _ids(corrector)
    again = corrector.post(f"/api/corrections/{correction['id']}/undo", headers=AUTH)
    assert again.status_code == 422
    missing = corrector.post("/api/corrections/cor_none/undo", headers=AUTH)
    assert missing.status_code == 422 and "no correction" in missing.json()["error"]["message"]


@pytest.mark.parametrize(
    "body",
    [
        {"kind": "merge", "entities": ["Tariq Noor"], "reason": "r"},
        {"kind": "merge", "entities": ["Tariq Noor", "Nobody"], "reason": "r"},
        {"kind": "split", "entity": "Tariq Noor", "reason": "r"},
        {"kind": "split", "entity": "Tariq Noor", "alias": "Nobody", "reason": "r"},
        {"kind": "not_accused", "allegation": "alg_none", "entity": "Tariq Noor", "reason": "r"},
        {"kind": "rename", "reason": "r"},
        {"kind": "merge", "entities": ["Tariq Noor", "Kamran Vell"], "reason": ""},
    ],
)
def test_bad_corrections_are_422(corrector: TestClient, body: dict[str, Any]) -> None:
    response = corrector.post("/api/corrections", json=body, headers=AUTH)
    assert response.status_code == 422, response.text
    assert corrector.get("/api/corrections").json() == {"corrections": []}


def test_the_entity_page_form_merges_and_shows_it(corrector: TestClient) -> None:
    ids = _ids(corrector)
    keep = ids["Tariq Noor"]
    page = corrector.get(f"/entities/{keep}").text
    assert 'id="merge-form"' in page and 'id="split-form"' in page
    form = {
        "kind": "merge",
        "entities": [keep, "Hamid Soyer"],
        "reason": "same person (invented case)",
        "author": "night desk",
        "token": TOKEN,
        "back": f"/entities/{keep}",
    }
    done = corrector.post("/corrections", data=form)
    assert done.status_code == 303, done.text
    assert done.headers["location"].startswith(f"/entities/{keep}#correction-cor_")
    page = corrector.get(f"/entities/{keep}").text
    assert "merged Hamid Soyer into Tariq Noor" in page and "night desk" in page
    elsewhere = {**form, "entities": [keep, "Kamran Vell"], "back": "https://elsewhere.example/"}
    outside = corrector.post("/corrections", data=elsewhere)
    assert outside.status_code == 303 and outside.headers["location"].startswith("/#")


def test_not_accused_form_on_the_allegation_page(corrector: TestClient) -> None:
    ledger = corrector.get("/api/ledger").json()
    allegation = next(a for a in ledger["allegations"] if a["act"] == "extortion")
    page = corrector.get(f"/allegations/{allegation['id']}").text
    assert 'id="not-accused-form"' in page
    form = {
        "kind": "not_accused",
        "allegation": allegation["id"],
        "entity": allegation["accused"][0],
        "reason": "named as a witness",
        "token": TOKEN,
        "back": f"/allegations/{allegation['id']}",
    }
    assert corrector.post("/corrections", data=form).status_code == 303
    after = {a["id"]: a for a in corrector.get("/api/ledger").json()["allegations"]}
    gone = allegation["id"] not in after
    assert gone or allegation["accused"][0] not in after[allegation["id"]]["accused"]


def test_read_only_pages_have_no_forms(client: TestClient) -> None:
    entity = client.get("/api/ledger").json()["entities"][0]["id"]
    assert "merge-form" not in client.get(f"/entities/{entity}").text


def test_undo_from_the_page(corrector: TestClient) -> None:
    ids = _ids(corrector)
    made = corrector.post("/api/corrections", json=_merge(ids), headers=AUTH).json()
    page = corrector.get(f"/entities/{ids['Kamran Vell']}").text
    assert f'action="/corrections/{made["id"]}/undo"' in page
    undo = f"/corrections/{made['id']}/undo"
    back = {"back": f"/entities/{ids['Kamran Vell']}"}
    assert corrector.post(undo, data=back).status_code == 401
    assert corrector.post(undo, data={**back, "token": "x"}).status_code == 403
    done = corrector.post(undo, data={**back, "token": TOKEN})
    assert done.status_code == 303 and done.headers["location"].startswith(back["back"])
    assert "Hamid Soyer" in _ids(corrector)
    page = corrector.get(f"/entities/{ids['Kamran Vell']}").text
    assert "undone" in page and f'action="/corrections/{made["id"]}/undo"' not in page
