"""The pages: search, documents with their attributions marked, allegations, entities, audit.

Rendered on the server with Jinja2, autoescaping on: every text, title and name from the
store goes through the templates as data and is escaped there; only the templates write
markup. Links out of the app (a document's ``url``) are made only for http(s) addresses, so
a ``javascript:`` URL in a hostile input stays text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlsplit

import jinja2
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from corroborate import __version__
from corroborate.records import KINDS, MEASURES
from corroborate.web import audit as audits
from corroborate.web import highlight
from corroborate.web.problems import ApiError
from corroborate.web.snapshot import Snapshot
from corroborate.web.source import LedgerSource

router = APIRouter(include_in_schema=False)
TEMPLATES = Path(__file__).parent / "templates"
KIND_HELP = {
    "allegation": "accuses someone else",
    "confession": "incriminates themself",
    "denial": "rejects an accusation",
    "retraction": "withdraws an earlier statement",
    "admission": "concedes a part",
    "corroboration": "cites independent evidence",
    "ruling": "a court decides or observes",
    "opinion": "the writer's own judgement",
    "statement": "other reported speech",
}


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address, else None (shown as text, never linked)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,  # every template, whatever its name: nothing is written unescaped
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["urlq"] = lambda value: quote(str(value), safe="")
_env.filters["safe_url"] = safe_url
_env.filters["cell"] = audits.cell
_env.globals.update(version=__version__, kinds=KINDS, kind_help=KIND_HELP)


def render(template: str, **context: Any) -> str:
    return _env.get_template(template).render(**context)


def _source(request: Request) -> LedgerSource:
    source: LedgerSource = request.app.state.source
    return source


def _page(request: Request, key: Any, make: Any) -> HTMLResponse:
    source = _source(request)
    snapshot = source.current()
    # Keys of pages start with "page": the API caches JSON under the same store marker. The
    # base URL is part of the key: permanent links and link previews name the host asked.
    key = ("page", key, base_url(request))
    return HTMLResponse(source.cached(snapshot, key, lambda: make(source, snapshot)))


def base_url(request: Request) -> str:
    """The server's address as the client asked for it, for permanent links."""
    return str(request.base_url).rstrip("/")


@router.get("/", response_class=HTMLResponse)
def home(request: Request, q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
    def make(source: LedgerSource, snapshot: Snapshot) -> str:
        found = snapshot.search_hits(q) if q.strip() else None
        return render(
            "index.html",
            q=q,
            found=found,
            changes=snapshot.latest_changes(),
            s=snapshot,
            counts={
                "documents": len(snapshot.documents),
                "entities": len(snapshot.entities),
                "allegations": len(snapshot.allegations),
            },
        )

    return _page(request, ("home", q), make)


@router.get("/documents/{document_id:path}", response_class=HTMLResponse)
def document_page(
    request: Request, document_id: str, q: Annotated[str | None, Query(max_length=40)] = None
) -> HTMLResponse:
    focus = highlight.parse_range(q)

    def make(source: LedgerSource, snapshot: Snapshot) -> str:
        stored = snapshot.documents.get(document_id)
        if stored is None:
            raise ApiError(404, "not_found", f"no document {document_id!r}")
        text = stored.document.text
        events = snapshot.events_in.get(document_id, [])
        labels = {a.id: _label(snapshot, a) for a, _ in events}
        attributions = [s.attribution for s in source.attributions(document_id)]
        notes = highlight.notes_for(text, attributions, events, labels)
        quotes = [(e.start, e.end) for _, e in events] + ([focus] if focus else [])
        focused = [(a, e) for a, e in events if focus and (e.start, e.end) == focus]
        return render(
            "document.html",
            canonical=f"{base_url(request)}/documents/{quote(document_id, safe='')}",
            d=stored.document,
            segments=highlight.segments(text, notes, quotes, focus),
            notes=[n for n, _ in notes],
            focused=focused,
            labels=labels,
            used_kinds=sorted({n.kind for n, _ in notes}, key=KINDS.index),
        )

    return _page(request, ("document", document_id, focus), make)


@router.get("/allegations/{allegation_id}", response_class=HTMLResponse)
def allegation_page(request: Request, allegation_id: str) -> HTMLResponse:
    def make(source: LedgerSource, snapshot: Snapshot) -> str:
        allegation = snapshot.allegations.get(allegation_id)
        if allegation is None:
            raise ApiError(404, "not_found", f"no allegation {allegation_id!r}")
        base = base_url(request)
        return render(
            "allegation.html",
            a=allegation,
            s=snapshot,
            label=_label(snapshot, allegation),
            base=base,
            canonical=f"{base}/allegations/{quote(allegation_id, safe='')}",
            corrections=snapshot.corrections_of_allegation(allegation_id),
            writes=request.app.state.config.writes_enabled,
        )

    return _page(request, ("allegation", allegation_id), make)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str) -> Response:
    snapshot = _source(request).current()
    if entity_id not in snapshot.entities:
        # An entity merged into another by hand: its links lead to the one it joined.
        for c in snapshot.corrections:
            if c.active and c.kind == "merge" and entity_id in c.data["entities"][1:]:
                kept = c.data["entities"][0]
                return RedirectResponse(f"/entities/{quote(kept, safe='')}", status_code=301)

    def make(source: LedgerSource, snapshot: Snapshot) -> str:
        entity = snapshot.entities.get(entity_id)
        if entity is None:
            raise ApiError(404, "not_found", f"no entity {entity_id!r}")
        return render(
            "entity.html",
            canonical=f"{base_url(request)}/entities/{quote(entity_id, safe='')}",
            corrections=snapshot.corrections_of_entity(entity_id),
            writes=request.app.state.config.writes_enabled,
            e=entity,
            s=snapshot,
            against=snapshot.timeline(snapshot.against.get(entity_id, [])),
            by=snapshot.timeline(snapshot.by.get(entity_id, [])),
            organizations={
                f.organization for f in entity.affiliations if f.organization in snapshot.entities
            },
        )

    return _page(request, ("entity", entity_id), make)


@router.get("/audit", response_class=HTMLResponse)
def audit_page(request: Request) -> HTMLResponse:
    def make(source: LedgerSource, snapshot: Snapshot) -> str:
        data = audits.audit_json(source)
        groups = list(data.get("groups", []))
        columns = list(dict.fromkeys(k for g in groups for k in g if k not in audits.NOT_COLUMNS))
        # Two tables of a few columns each, not one of fifteen that runs off a laptop's screen:
        # what was reported done to each group, then the ledger's allegations and outcomes.
        tables = [
            ("Enforcement reported", [c for c in columns if c in MEASURES]),
            ("Allegations and outcomes", [c for c in columns if c not in MEASURES]),
        ]
        contested = [g for g in groups if g.get("contesting")]
        return render(
            "audit.html",
            data=data,
            groups=groups,
            tables=[(title, cols) for title, cols in tables if cols],
            contested=contested,
            chart=audits.chart(groups),
            s=snapshot,
        )

    return _page(request, "audit", make)


def _label(snapshot: Snapshot, allegation: Any) -> str:
    accused = ", ".join(snapshot.name(i) for i in allegation.accused)
    return f"{allegation.act}: {accused}" if accused else str(allegation.act)
