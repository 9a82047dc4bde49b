"""Correct by construction: HEAD everywhere, dates checked, errors that do not echo their
input, the docs served locally, an ambiguous entity answered with its candidates, quotes
that can be cited, and link previews."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape


def _paths(client: TestClient) -> list[str]:
    ledger = client.get("/api/ledger").json()
    entity = ledger["entities"][0]["id"]
    allegation = ledger["allegations"][0]["id"]
    return [
        "/",
        "/?q=noor",
        "/allegations",
        "/allegations.json",
        "/allegations.csv",
        "/entities",
        "/entities.json",
        "/entities.csv",
        f"/allegations/{allegation}",
        f"/entities/{entity}",
        "/documents/pm-001",
        "/audit",
        "/docs",
        "/redoc",
        "/openapi.json",
        "/static/style.css",
        "/api/ledger",
        f"/api/allegations/{allegation}",
        "/api/corrections",
    ]


def test_head_answers_every_page_as_get_without_a_body(client: TestClient) -> None:
    for path in _paths(client):
        got = client.get(path)
        head = client.head(path)
        assert got.status_code == head.status_code == 200, path
        assert head.content == b"", path
        assert head.headers["content-type"] == got.headers["content-type"], path
        assert head.headers.get("content-length") == got.headers.get("content-length"), path
    assert client.head("/allegations/alg_none").status_code == 404


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("since", "2020-13-45"),
        ("until", "2015-02-30"),
        ("since", "yesterday"),
        ("until", "2020-1-1"),
        ("since", "31/12/2020"),
    ],
)
def test_dates_that_are_not_dates_are_422(client: TestClient, name: str, value: str) -> None:
    response = client.get("/api/ledger", params={name: value})
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "invalid_request" and error["message"].startswith(name)


def test_since_after_until_is_422(client: TestClient) -> None:
    response = client.get("/api/ledger", params={"since": "2021", "until": "2020-06"})
    assert response.status_code == 422
    assert client.get("/api/ledger", params={"since": "2020", "until": "2020"}).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/api/ledger?status=" + "x" * 5000,
        "/api/ledger?since=" + "9" * 5000,
        "/api/allegations/" + "a" * 5000,
        "/documents/" + "d" * 5000,
    ],
)
def test_errors_never_echo_large_inputs(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert 400 <= response.status_code < 500
    assert len(response.content) < 2000, len(response.content)


def test_docs_use_a_swagger_ui_that_reads_openapi_3_1(client: TestClient) -> None:
    assert client.get("/openapi.json").json()["openapi"].startswith("3.1")
    html = client.get("/docs").text
    assert "/docs/assets/swagger-ui-bundle.js" in html and "cdn" not in html.lower()
    bundle = client.get("/docs/assets/swagger-ui-bundle.js")
    assert bundle.status_code == 200
    # Swagger UI 5 is the first to read OpenAPI 3.1 (4.x: "Unable to render this definition").
    assert re.search(rb"OpenAPI 3\.1|openapi\s*3\.1|3\.1\.\\d", bundle.content, re.I) or (
        b"isOAS31" in bundle.content
    )
    assert client.get("/redoc").status_code == 200
    assert client.get("/docs/assets/redoc.standalone.js").status_code == 200


def test_ambiguous_entity_answers_with_candidates(client: TestClient) -> None:
    response = client.get("/api/ledger", params={"entity": "Meridian"})
    assert response.status_code == 409, response.text
    error = response.json()["error"]
    assert error["code"] == "ambiguous_entity"
    names = {c["name"] for c in error["candidates"]}
    assert len(names) >= 2 and all("Meridian" in n for n in names)
    one = error["candidates"][0]
    assert set(one) == {"id", "name", "type", "aliases", "allegations_against"}
    chosen = client.get("/api/ledger", params={"entity": one["id"]})
    assert chosen.status_code == 200
    assert client.get("/api/ledger", params={"entity": "Tariq Noor"}).status_code == 200


def test_search_matches_whole_words(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "Noor"}).json()
    assert [e["name"] for e in found["entities"]] == ["Tariq Noor"]
    assert client.get("/api/search", params={"q": "Noo"}).json()["entities"] == []
    html = client.get("/", params={"q": "confessed"}).text
    assert 'class="snippet"' in html and '<mark class="hit">confessed</mark>' in html


def test_every_quote_shows_outlet_date_and_original_link(client: TestClient) -> None:
    ledger = client.get("/api/ledger").json()
    documents = {d["id"]: d for d in client.get("/api/documents").json()["documents"]}
    allegation = next(a for a in ledger["allegations"] if len(a["events"]) > 2)
    html = client.get(f"/allegations/{allegation['id']}").text
    assert html.count('class="provenance"') == len(allegation["events"])
    assert html.count('<details class="cite') == len(allegation["events"])
    for event in allegation["events"]:
        d = documents[event["document_id"]]
        # as the page writes them: escaped (the store holds hostile outlets too)
        assert str(escape(d["outlet"])) in html and str(escape(d["url"])) in html
        if d["published"]:
            assert f'datetime="{d["published"]}"' in html
        link = f"/documents/{quote(d['id'], safe='')}?q={event['start']}-{event['end']}"
        assert f"Passage: http://127.0.0.1{link}" in html


def test_pages_carry_link_previews(client: TestClient) -> None:
    ledger = client.get("/api/ledger").json()
    allegation = ledger["allegations"][0]
    html = client.get(f"/allegations/{allegation['id']}").text
    assert '<meta property="og:type" content="article">' in html
    assert (
        f'<meta property="og:url" content="http://127.0.0.1/allegations/{allegation["id"]}">'
        in html
    )
    assert '<meta property="og:title" content="' in html
    assert re.search(r'<meta property="og:description" content="[^"]+">', html)
    for path in ("/", "/allegations", "/entities", "/audit", "/documents/pm-001"):
        assert 'property="og:title"' in client.get(path).text, path


def test_quotes_on_the_audit_page_show_where_they_come_from(client: TestClient) -> None:
    figures = client.get("/api/audit").json().get("figures", [])
    assert figures, "the fixture should have enforcement figures"
    html = client.get("/audit").text
    assert html.count('class="provenance"') >= len(figures)
