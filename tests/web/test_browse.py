"""``/allegations`` and ``/entities``: facets, sorting, pages, and the .json/.csv of each."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from fastapi.testclient import TestClient


def get_json(client: TestClient, path: str, **params: Any) -> dict[str, Any]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    return dict(response.json())


def facet(body: dict[str, Any], name: str) -> dict[str, int]:
    return {f["value"]: f["count"] for f in body["facets"][name]}


def test_allegations_json_lists_everything_with_facets(client: TestClient) -> None:
    ledger = client.get("/api/ledger").json()
    body = get_json(client, "/allegations.json")
    assert body["total"] == len(ledger["allegations"]) > 1
    assert {a["id"] for a in body["allegations"]} == {a["id"] for a in ledger["allegations"]}
    assert set(body["facets"]) == {"status", "act", "confession_only", "outlet", "year"}
    assert sum(facet(body, "status").values()) == body["total"]
    assert "The Meridian Ledger" in facet(body, "outlet")
    assert all(len(y) == 4 for y in facet(body, "year"))


@pytest.mark.parametrize("name", ["status", "act", "confession_only", "outlet", "year"])
def test_each_facet_keeps_what_it_counts(client: TestClient, name: str) -> None:
    everything = get_json(client, "/allegations.json")
    for value, count in facet(everything, name).items():
        narrowed = get_json(client, "/allegations.json", **{name: value})
        assert narrowed["total"] == count, (name, value)
        # Its own facet still shows every value (counts over the other filters only).
        assert facet(narrowed, name) == facet(everything, name)


def test_facets_combine(client: TestClient) -> None:
    body = get_json(client, "/allegations.json", confession_only="true", act="killing")
    assert body["total"] >= 1
    assert all(a["confession_only"] and a["act"] == "killing" for a in body["allegations"])
    nothing = get_json(client, "/allegations.json", year="1900")
    assert nothing["total"] == 0 and nothing["allegations"] == []


def test_sorting_and_pages(client: TestClient) -> None:
    latest = get_json(client, "/allegations.json", sort="-date")["allegations"]
    dates = [a["last_date"] for a in latest if a["last_date"]]
    assert dates == sorted(dates, reverse=True)
    earliest = get_json(client, "/allegations.json", sort="date")["allegations"]
    firsts = [a["first_date"] for a in earliest if a["first_date"]]
    assert firsts == sorted(firsts)
    acts = [a["act"] for a in get_json(client, "/allegations.json", sort="act")["allegations"]]
    assert acts == sorted(acts)
    total = len(latest)
    pages = [
        get_json(client, "/allegations.json", sort="-date", size=1, page=n)
        for n in range(1, total + 1)
    ]
    assert all(p["pages"] == total and len(p["allegations"]) == 1 for p in pages)
    assert [p["allegations"][0]["id"] for p in pages] == [a["id"] for a in latest]
    beyond = get_json(client, "/allegations.json", size=1, page=total + 1)
    assert beyond["allegations"] == [] and beyond["total"] == total


def test_csv_holds_every_row_the_filters_keep(client: TestClient) -> None:
    response = client.get("/allegations.csv", params={"size": 1})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == get_json(client, "/allegations.json")["total"]
    assert {"id", "act", "accused", "status", "confession_only", "outlets"} <= set(rows[0])
    narrowed = client.get("/allegations.csv", params={"confession_only": "true"}).text
    assert all(r["confession_only"] == "true" for r in csv.DictReader(io.StringIO(narrowed)))


def test_csv_cells_are_never_formulas(client: TestClient) -> None:
    for path in ("/allegations.csv", "/entities.csv"):
        for row in csv.reader(io.StringIO(client.get(path).text)):
            assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row


def test_entities_list_with_facets(client: TestClient) -> None:
    body = get_json(client, "/entities.json", size=500)
    ledger = client.get("/api/ledger").json()
    assert body["total"] == len(ledger["entities"])
    assert set(body["facets"]) == {"type", "status", "outlet"}
    people = get_json(client, "/entities.json", type="person", size=500)
    assert people["total"] == facet(body, "type")["person"]
    assert all(e["type"] == "person" for e in people["entities"])
    accused = get_json(client, "/entities.json", sort="-allegations")["entities"]
    counts = [e["allegations_against"] for e in accused]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 1
    noor = get_json(client, "/entities.json", q="noor")["entities"]
    assert [e["name"] for e in noor] == ["Tariq Noor"]
    assert client.get("/entities.csv").text.startswith("id,name,type,aliases")


@pytest.mark.parametrize(
    "query",
    [
        "status=guilty",
        "year=20",
        "sort=random",
        "page=0",
        "size=100000",
        "confession_only=perhaps",
    ],
)
def test_bad_list_parameters_are_422(client: TestClient, query: str) -> None:
    response = client.get("/allegations.json?" + query)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "invalid_request"
    assert client.get("/allegations?" + query).status_code == 422
    assert client.get("/entities.json?type=planet").status_code == 422


def test_list_pages_show_facets_and_link_their_data(client: TestClient) -> None:
    html = client.get("/allegations", params={"status": "acquitted"}).text
    assert 'id="facet-status"' in html and 'id="facet-outlet"' in html
    assert "/allegations.json?status=acquitted" in html
    assert "/allegations.csv?status=acquitted" in html
    assert "× any status" in html
    entities = client.get("/entities").text
    assert 'id="entity-list"' in entities and "Tariq Noor" in entities


def test_a_later_page_links_its_own_json_and_every_row_as_csv(client: TestClient) -> None:
    html = client.get("/allegations", params={"size": 1, "page": 2}).text
    assert "/allegations.json?page=2&amp;size=1" in html
    assert "/allegations.csv?size=1" in html
    assert 'rel="prev"' in html and "page 2 of" in html
