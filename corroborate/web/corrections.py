"""Corrections by hand over HTTP, for a holder of the write token: the API under
``/api/corrections`` and the forms on the entity and allegation pages.

The token rule is the one of every write (``web.writes.check_token``): refused with 403 on a
read-only server, 401 without a token, 403 with another. A browser form cannot send an
``Authorization`` header, so the forms carry the token in a ``token`` field instead (a POST
body, never a URL: it stays out of logs and history). Each correction goes through
``ledger.correcting``, as ``corroborate correct`` does, ledger rebuild included.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field, ValidationError

from corroborate.ledger import correcting
from corroborate.ledger.corrections import Correction
from corroborate.store import open_store
from corroborate.web.problems import ApiError
from corroborate.web.writes import _write_lock, check_token

__all__ = ["router"]

router = APIRouter(tags=["corrections"])
Text = Annotated[str, Field(min_length=1, max_length=correcting.MAX_REASON)]
Ref = Annotated[str, Field(min_length=1, max_length=500)]


class NewCorrection(BaseModel):
    """A correction: ``merge`` needs ``entities`` (the first keeps its id); ``split`` needs
    ``entity`` and ``alias``; ``not_accused`` needs ``allegation`` and ``entity``."""

    kind: Literal["merge", "split", "not_accused"]
    reason: Text
    author: Annotated[str, Field(max_length=200)] = "web"
    entities: Annotated[list[Ref], Field(max_length=50)] = []
    entity: Ref | None = None
    alias: Ref | None = None
    allegation: Ref | None = None


@router.get("/api/corrections", summary="Every correction by hand, undone ones included")
def list_corrections(request: Request) -> dict[str, Any]:
    snapshot = request.app.state.source.current()
    return {"corrections": [c.to_json() for c in snapshot.corrections]}


@router.post(
    "/api/corrections",
    status_code=201,
    summary="Make a correction by hand (needs the server's token)",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": NewCorrection.model_json_schema()}},
        }
    },
    responses={401: {"description": "no token"}, 403: {"description": "writes refused"}},
)
async def post_correction(request: Request) -> JSONResponse:
    check_token(request)  # before reading the body: no token, no parsing
    try:
        correction = NewCorrection.model_validate_json(await request.body())
    except ValidationError as err:
        raise ApiError(422, "invalid_request", _problems(err)) from None
    made = await run_in_threadpool(_make, request.app.state.config.db, correction)
    return JSONResponse(made.to_json(), status_code=201)


@router.post(
    "/api/corrections/{correction_id}/undo",
    summary="Undo a correction (needs the server's token)",
    responses={401: {"description": "no token"}, 403: {"description": "writes refused"}},
)
async def undo_correction(request: Request, correction_id: str) -> dict[str, Any]:
    check_token(request)
    undone = await run_in_threadpool(_undo, request.app.state.config.db, correction_id)
    return undone.to_json()


@router.post("/corrections", include_in_schema=False)
async def form_correction(request: Request) -> Response:
    """The pages' correction form: the same correction, the token as a form field; answers
    with a redirect back to the page it came from (``back``, a path on this server)."""
    form = await request.form(max_files=0, max_fields=60)
    fields = {k: v for k, v in form.multi_items() if isinstance(v, str)}
    _check_form_token(request, fields.get("token", ""))
    entities = [v for k, v in form.multi_items() if k == "entities" and isinstance(v, str) and v]
    try:
        correction = NewCorrection.model_validate(
            {
                "kind": fields.get("kind"),
                "reason": fields.get("reason", ""),
                "author": fields.get("author") or "web",
                "entities": entities,
                "entity": fields.get("entity") or None,
                "alias": fields.get("alias") or None,
                "allegation": fields.get("allegation") or None,
            }
        )
    except ValidationError as err:
        raise ApiError(422, "invalid_request", _problems(err)) from None
    made = await run_in_threadpool(_make, request.app.state.config.db, correction)
    back = _local(fields.get("back", "/"))
    return RedirectResponse(f"{back}#correction-{quote(made.id)}", status_code=303)


@router.post("/corrections/{correction_id}/undo", include_in_schema=False)
async def form_undo(request: Request, correction_id: str) -> Response:
    """The pages' undo button: the token as a form field, then back to the page."""
    form = await request.form(max_files=0, max_fields=10)
    fields = {k: v for k, v in form.multi_items() if isinstance(v, str)}
    _check_form_token(request, fields.get("token", ""))
    undone = await run_in_threadpool(_undo, request.app.state.config.db, correction_id)
    return RedirectResponse(
        f"{_local(fields.get('back', '/'))}#correction-{quote(undone.id)}", status_code=303
    )


def _local(back: str) -> str:
    # Only a path here: a form must not send the reader to another site.
    return back if back.startswith("/") and not back.startswith("//") else "/"


def _check_form_token(request: Request, given: str) -> None:
    config = request.app.state.config
    if not config.writes_enabled:
        check_token(request)  # raises the read-only server's 403
    if not given.strip():
        raise ApiError(401, "unauthorized", "enter the server's write token")
    if not hmac.compare_digest(given.strip().encode(), str(config.token).encode()):
        raise ApiError(403, "forbidden", "wrong token")


def _make(db: str, c: NewCorrection) -> Correction:
    with _write_lock, open_store(db) as store:  # one write at a time, as ingests
        if c.kind == "merge":
            return correcting.merge(store, c.entities, c.reason, c.author)
        if c.kind == "split":
            _need(c.entity, "entity")
            _need(c.alias, "alias")
            return correcting.split(store, str(c.entity), str(c.alias), c.reason, c.author)
        _need(c.allegation, "allegation")
        _need(c.entity, "entity")
        return correcting.not_accused(store, str(c.allegation), str(c.entity), c.reason, c.author)


def _undo(db: str, correction_id: str) -> Correction:
    with _write_lock, open_store(db) as store:
        return correcting.undo(store, correction_id)


def _problems(err: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}" for e in err.errors()
    )


def _need(value: str | None, name: str) -> None:
    if not value:
        raise ApiError(422, "invalid_request", f"{name}: required for this kind of correction")
