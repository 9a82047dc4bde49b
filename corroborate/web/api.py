"""The JSON API under ``/api``: the ledger (the same JSON as ``corroborate ledger --format
json``), the audit, documents, entities and allegations; writes in ``web.writes``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from corroborate.read.published import check_iso_prefix
from corroborate.records import STATUSES
from corroborate.web import audit as audits
from corroborate.web.problems import ApiError, error_body
from corroborate.web.snapshot import Filters, Snapshot
from corroborate.web.source import LedgerSource
from corroborate.web.writes import router as writes_router
from corroborate.write import json_text

router = APIRouter(prefix="/api", tags=["api"])
router.include_router(writes_router)
MAX_QUERY = 200  # characters of a search: as many words as anyone types, no more to scan for
DateQuery = Annotated[
    str | None,
    Query(description="ISO date or prefix (2019, 2019-03, 2019-03-14), inclusive."),
]


def source_of(request: Request) -> LedgerSource:
    source: LedgerSource = request.app.state.source
    return source


def json_response(body: bytes, status: int = 200) -> Response:
    return Response(body, status, media_type="application/json")


def encode(data: Any) -> bytes:
    return json_text(data).encode("utf-8")


@router.get("/ledger", summary="The ledger, as corroborate ledger --format json")
def get_ledger(
    request: Request,
    entity: Annotated[
        str | None,
        Query(
            max_length=MAX_QUERY,
            description="Only allegations against this entity (any name or id).",
        ),
    ] = None,
    status: Annotated[
        str | None, Query(description="Only allegations with this status: " + ", ".join(STATUSES))
    ] = None,
    confession_only: Annotated[
        bool | None, Query(description="Only allegations whose confession_only is this.")
    ] = None,
    since: DateQuery = None,
    until: DateQuery = None,
) -> Response:
    """``{"entities": [...], "allegations": [...]}``. ``since``/``until`` keep allegations
    with at least one event dated in the range; entities are narrowed to those accused by
    the allegations kept whenever a filter is given."""
    if status is not None and status not in STATUSES:
        raise ApiError(
            422,
            "invalid_request",
            f"status: unknown status {status!r}; use one of " + ", ".join(STATUSES),
        )
    for name, value in (("since", since), ("until", until)):
        if value is not None:
            try:
                check_iso_prefix(value)
            except ValueError as err:
                raise ApiError(422, "invalid_request", f"{name}: {err}") from None
    if since and until and since[: len(until)] > until:
        raise ApiError(422, "invalid_request", f"since ({since}) is after until ({until})")
    filters = Filters(entity, status, confession_only, since, until)
    source = source_of(request)
    snapshot = source.current()
    if entity:
        candidates = snapshot.candidates(entity)
        if len(candidates) > 1:
            return ambiguous_entity(snapshot, entity, candidates)
    key = ("ledger", tuple(vars(filters).items()))
    return json_response(
        source.cached(snapshot, key, lambda: encode(snapshot.select(filters).to_json()))
    )


@router.get("/audit", summary="The even-handedness audit, as corroborate audit --format json")
def get_audit(request: Request) -> Response:
    source = source_of(request)
    snapshot = source.current()
    return json_response(
        source.cached(snapshot, "audit", lambda: encode(audits.audit_json(source)))
    )


@router.get("/documents", summary="Stored documents (metadata), by id")
def get_documents(
    request: Request,
    q: Annotated[
        str | None,
        Query(max_length=MAX_QUERY, description="Only documents holding every word."),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    snapshot = source_of(request).current()
    found = (
        snapshot.search(q, limit=len(snapshot.documents))["documents"]
        if q
        else list(snapshot.documents.values())
    )
    return {
        "total": len(found),
        "documents": [
            document_summary(s.document, s.ingested_at) for s in found[offset : offset + limit]
        ],
    }


@router.get("/documents/{document_id:path}", summary="A document, its attributions and events")
def get_document(request: Request, document_id: str) -> Response:
    source = source_of(request)
    snapshot = source.current()
    stored = snapshot.documents.get(document_id)
    if stored is None:
        raise ApiError(404, "not_found", f"no document {document_id!r}")

    def make() -> bytes:
        body = document_summary(stored.document, stored.ingested_at)
        body["text"] = stored.document.text
        body["attributions"] = [
            {"id": a.id, **a.attribution.to_json()} for a in source.attributions(document_id)
        ]
        body["events"] = [
            {"allegation_id": a.id, **e.to_json()}
            for a, e in snapshot.events_in.get(document_id, [])
        ]
        return encode(body)

    return json_response(source.cached(snapshot, ("document", document_id), make))


@router.get("/entities/{entity_id}", summary="An entity: names, why merged, affiliations")
def get_entity(request: Request, entity_id: str) -> dict[str, Any]:
    snapshot = source_of(request).current()
    entity = snapshot.entities.get(entity_id)
    if entity is None:
        raise ApiError(404, "not_found", f"no entity {entity_id!r}")
    body = entity.to_json()
    body["alias_reasons"] = [
        {"name": a.name, "reason": a.reason, "document_id": a.document_id} for a in entity.aliases
    ]
    body["allegations_against"] = _summaries(snapshot, snapshot.against.get(entity_id, []))
    body["allegations_by"] = _summaries(snapshot, snapshot.by.get(entity_id, []))
    body["corrections"] = [c.to_json() for c in snapshot.corrections_of_entity(entity_id)]
    return body


@router.get("/allegations/{allegation_id}", summary="An allegation with its timeline")
def get_allegation(request: Request, allegation_id: str) -> dict[str, Any]:
    snapshot = source_of(request).current()
    allegation = snapshot.allegations.get(allegation_id)
    if allegation is None:
        raise ApiError(404, "not_found", f"no allegation {allegation_id!r}")
    body = allegation.to_json()
    body["accused_entities"] = [
        snapshot.entities[i].to_json() for i in allegation.accused if i in snapshot.entities
    ]
    body["corrections"] = [c.to_json() for c in snapshot.corrections_of_allegation(allegation_id)]
    return body


@router.get("/search", summary="Documents, entities and allegations matching every word")
def get_search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY, description="Words to find.")],
) -> dict[str, Any]:
    snapshot = source_of(request).current()
    found = snapshot.search(q)
    return {
        "documents": [document_summary(s.document, s.ingested_at) for s in found["documents"]],
        "entities": [e.to_json() for e in found["entities"]],
        "allegations": _summaries(snapshot, found["allegations"]),
    }


def ambiguous_entity(snapshot: Snapshot, name: str, candidates: list[Any]) -> Response:
    """409 with the entities ``name`` could mean: choosing one would answer for the wrong
    person without saying so."""
    body = error_body(
        409,
        "ambiguous_entity",
        f"entity: {name!r} names {len(candidates)} entities; pass one of their ids as entity",
    )
    body["error"]["candidates"] = [
        {
            "id": e.id,
            "name": e.name,
            "type": e.type,
            "aliases": [a.name for a in e.aliases],
            "allegations_against": len(snapshot.against.get(e.id, [])),
        }
        for e in candidates
    ]
    return json_response(encode(body), 409)


def document_summary(document: Any, ingested_at: str | None = None) -> dict[str, Any]:
    return {
        "id": document.id,
        "title": document.title,
        "outlet": document.outlet,
        "published": document.published,
        "url": document.url,
        "ingested_at": ingested_at,
    }


def _summaries(snapshot: Snapshot, allegations: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "id": a.id,
            "act": a.act,
            "accused": [snapshot.name(i) for i in a.accused],
            "status": a.status,
            "confession_only": a.confession_only,
            "events": len(a.events),
        }
        for a in snapshot.timeline(allegations)
    ]
