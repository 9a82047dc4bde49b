"""The pages: what each shows, and that hostile text never becomes markup, script or a link."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape

from corroborate.records import Attribution
from corroborate.store import open_store
from corroborate.web import highlight
from corroborate.web.app import ServerConfig, create_app
from corroborate.web.pages import safe_url
from tests.web.conftest import BASE_URL


class Markup(HTMLParser):
    """Every element with its attributes, every mark's text, and the page's own text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Markup:
    parser = Markup()
    parser.feed(html)
    return parser


def page(client: TestClient, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, (path, response.text[:300])
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def all_pages(client: TestClient) -> list[str]:
    ledger = client.get("/api/ledger").json()
    paths = ["/", "/?q=alert", "/?q=Karim+Vance", "/?q=%3Cscript%3E", "/audit"]
    paths += ["/allegations", "/entities", "/allegations?q=%3Cscript%3E&sort=act"]
    paths += ["/allegations?outlet=" + quote("<img src=x onerror=alert('outlet')>", safe="")]
    paths += [
        "/documents/" + quote(d["id"], safe="")
        for d in client.get("/api/documents").json()["documents"]
    ]
    paths += [f"/entities/{e['id']}" for e in ledger["entities"]]
    paths += [f"/allegations/{a['id']}" for a in ledger["allegations"]]
    for a in ledger["allegations"]:
        for e in a["events"]:
            paths.append(f"/documents/{quote(e['document_id'], safe='')}?q={e['start']}-{e['end']}")
    return paths


def test_hostile_text_is_never_markup(client: TestClient) -> None:
    paths = all_pages(client)
    assert any("hostile" in p for p in paths)
    for path in paths:
        html = page(client, path)
        for tag, attrs in parse(html).elements:
            assert tag not in ("img", "svg", "iframe", "b") or tag == "svg" and path == "/audit", (
                path,
                tag,
            )
            if tag == "script":
                assert attrs == {"src": "/static/app.js", "defer": None}, path
            for name, value in attrs.items():
                assert not name.startswith("on"), (path, tag, name)
                if name in ("href", "src", "action", "cite"):
                    assert value is not None
                    assert not value.strip().lower().startswith("javascript:"), (path, value)
        assert "<script>alert" not in html and "<img" not in html and "<iframe" not in html


def test_hostile_document_is_shown_as_text(client: TestClient) -> None:
    html = page(client, "/documents/hostile-1")
    text = "".join(parse(html).text)
    assert "<script>alert('title')</script> Guard says <b>Karim Vance</b> confessed" in text
    assert "<img src=x onerror=alert('outlet')>" in text
    assert "javascript:alert('url')" in text  # shown, not linked
    assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in html
    odd = page(client, "/documents/" + quote('hostile <2>/"q"?x#y', safe=""))
    assert "JaVaScRiPt:alert" in "".join(parse(odd).text)


def test_pages_send_a_content_security_policy(client: TestClient) -> None:
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://example.org/a", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,x", False),
        ("//evil.example", False),
        ("vbscript:x", False),
        (None, False),
    ],
)
def test_safe_url(url: str | None, linked: bool) -> None:
    assert (safe_url(url) is not None) == linked


def test_home_searches_entities_allegations_documents(client: TestClient) -> None:
    html = page(client, "/?q=tariq+noor")
    assert 'id="entity-results"' in html and ">Tariq Noor</a>" in html
    assert 'id="allegation-results"' in html and 'id="document-results"' in html
    assert "Latest changes in status" in html
    assert 'label for="q"' in html and "<main" in html and "<nav" in html
    assert "Nothing found" in page(client, "/?q=zzzzqqq")


def test_document_page_marks_attributions_by_kind(client: TestClient) -> None:
    body = client.get("/api/documents/pm-001").json()
    html = page(client, "/documents/pm-001")
    markup = parse(html)
    marks = [a for tag, a in markup.elements if tag == "mark" and a.get("data-notes")]
    kinds = {(a.get("class") or "").split()[0] for a in marks if a.get("class")}
    assert {f"k-{a['kind']}" for a in body["attributions"] if a["content"]} == kinds
    assert 'class="legend"' in html
    assert all(f'id="note-{i}"' in html for i in range(1, len(marks) and 2))
    # The page's text is the document's text: the marks only wrap it.
    start = html.index('<div class="text" id="text">')
    fragment = re.sub(r'<a class="ref"[^>]*>\d+</a>', "", html[start : html.index("</div>", start)])
    assert "".join(parse(fragment).text) == body["text"]


def test_quote_link_highlights_and_anchors_the_quote(client: TestClient) -> None:
    ledger = client.get("/api/ledger").json()
    event = ledger["allegations"][0]["events"][0]
    path = f"/documents/{event['document_id']}?q={event['start']}-{event['end']}"
    html = page(client, path)
    assert f'id="q-{event["start"]}-{event["end"]}"' in html
    focused = _focused_text(html)
    assert focused == event["quote"]
    assert 'class="focus-note"' in html


def _focused_text(html: str) -> str:
    """The text inside marks with the focus class, in order."""

    class Focus(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.depth = 0
            self.out: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, Any]]) -> None:
            if tag == "mark" and "focus" in (dict(attrs).get("class") or "").split():
                self.depth += 1

        def handle_endtag(self, tag: str) -> None:
            if tag == "mark" and self.depth:
                self.depth -= 1

        def handle_data(self, data: str) -> None:
            if self.depth:
                self.out.append(data)

    parser = Focus()
    start = html.index('<div class="text"')
    parser.feed(html[start:])
    return "".join(parser.out)


def test_allegation_page_has_status_and_linked_timeline(client: TestClient) -> None:
    ledger = client.get("/api/ledger").json()
    for a in ledger["allegations"]:
        html = page(client, f"/allegations/{a['id']}")
        assert f"s-{a['status']}" in html
        assert ("Confession only" in html) == a["confession_only"]
        for e in a["events"]:
            assert f"?q={e['start']}-{e['end']}#q-{e['start']}-{e['end']}" in html


def test_the_allegation_page_says_which_events_the_ledger_inferred(
    client: TestClient, writable_db: str
) -> None:
    # The case file's ledger infers no event: none of its pages says one was inferred.
    ledger = client.get("/api/ledger").json()
    assert all(e["inferred"] is None for a in ledger["allegations"] for e in a["events"])
    for a in ledger["allegations"]:
        assert "inferred:" not in page(client, f"/allegations/{a['id']}")
    # A confession the ledger made of a report's retraction, as a build stores it: its page
    # tells the reader why a confession quotes a retraction, once, and the API gives its name.
    with open_store(writable_db) as store:
        stored = store.ledger()
        first = stored.allegations[0]
        told = first.events[0]
        made = replace(told, kind="confession", outcome=None, setting="unknown", source=None,
                       inferred="confession_told_by_retraction")  # fmt: skip
        taken_back = replace(told, kind="retraction", outcome=None, source=None)
        changed = replace(first, events=[made, taken_back, *first.events[1:]])
        store.replace_ledger(replace(stored, allegations=[changed, *stored.allegations[1:]]))
    app = create_app(ServerConfig(db=writable_db))
    with TestClient(app, base_url=BASE_URL) as marked:
        html = page(marked, f"/allegations/{first.id}")
        assert html.count("inferred: confession told by its retraction") == 1
        [shown] = marked.get(f"/api/allegations/{first.id}").json()["events"][:1]
        assert shown["inferred"] == "confession_told_by_retraction"
        for a in stored.allegations[1:]:
            assert "inferred:" not in page(marked, f"/allegations/{a.id}")


def test_entity_page_for_the_main_accused(client: TestClient) -> None:
    noor = client.get("/api/ledger", params={"entity": "Tariq Noor"}).json()
    entity = noor["entities"][0]
    html = page(client, f"/entities/{entity['id']}")
    assert "Names and why they were joined" in html and "Doctor" in html
    assert "alias" in html  # the reason
    for a in noor["allegations"]:
        assert f"/allegations/{a['id']}" in html


def test_audit_page_has_table_and_chart(client: TestClient) -> None:
    html = page(client, "/audit")
    assert "<svg" in html and 'role="img"' in html and "<table" in html
    groups = client.get("/api/audit").json()["groups"]
    for g in groups:
        assert g["group"].replace("'", "&#39;") in html


def test_audit_page_keeps_the_two_kinds_of_discrepancy_apart(client: TestClient) -> None:
    html = page(client, "/audit")
    disagree = html.index('<h3 id="disagree-h">Outlets disagree</h3>')
    several = html.index('<h3 id="several-h">Several values in one briefing</h3>')
    end = html.index("</section>", several)
    under = {"outlets disagree": html[disagree:several], "several values": html[several:end]}
    assert "not a contradiction" in under["several values"]
    for d in client.get("/api/audit").json()["discrepancies"]:
        # Every value's quote (as Jinja escapes it) under its own kind's heading.
        assert all(f"<q>{escape(v['quote'])}</q>" in under[d["kind"]] for v in d["values"])


@pytest.mark.parametrize("path", ["/documents/nope", "/entities/nope", "/allegations/nope", "/x"])
def test_missing_pages_are_404_pages(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "not found" in response.text


# --- the text cut into segments -------------------------------------------------------------

ranges = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=6)


@given(text=st.text(max_size=60), contents=ranges, quotes=ranges, focus=st.none() | ranges)
def test_segments_join_to_the_text(
    text: str,
    contents: list[tuple[int, int]],
    quotes: list[tuple[int, int]],
    focus: list[tuple[int, int]] | None,
) -> None:
    attributions = [
        Attribution(source=[], cue=[], content=[(min(r), max(r))]) for r in contents if r[0] != r[1]
    ]
    notes = highlight.notes_for(text, attributions, [], {})
    f = (min(focus[0]), max(focus[0])) if focus else None
    segments = highlight.segments(text, notes, quotes, f)
    assert "".join(s.text for s in segments) == text
    assert all(s.text for s in segments)
    ends = [n for s in segments for n in s.ends]
    shown = {n.number for n, rs in notes if any(min(e, len(text)) > s for s, e in rs)}
    assert sorted(ends) == sorted(shown)
