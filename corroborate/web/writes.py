"""``POST /api/documents``: ingest a text (JSON) or an uploaded file, when writes are enabled;
``DELETE /api/documents/ID``: remove one.

The rule: a server started without ``--allow-writes`` and ``--token`` refuses every write
(403); with them, a request must carry ``Authorization: Bearer TOKEN`` (401 without it, 403
with another). Writes go through ``ingest_paths`` exactly as ``corroborate ingest`` does,
ledger rebuild included, and removals through ``ledger.store.remove`` as ``corroborate
remove`` does, one at a time.
"""

from __future__ import annotations

import hmac
import json
import tempfile
import threading
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError
from spacy.language import Language

from corroborate.errors import InputError, UnknownDocumentError
from corroborate.ingest import ingest_paths
from corroborate.ledger.store import Removed, remove, update
from corroborate.records import Document
from corroborate.store import Store, open_store
from corroborate.web.limits import MAX_BODY
from corroborate.web.problems import ApiError

router = APIRouter()
MAX_UPLOAD = MAX_BODY  # bytes, of the file; the whole body is held to it too (web.limits)
SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".jsonl")
_write_lock = threading.Lock()
_nlp: Language | None = None


class NewDocument(BaseModel):
    """A document to ingest, as one line of a JSONL input."""

    id: str = Field(min_length=1, max_length=500)
    text: str = Field(min_length=1)
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, description="ISO date, or null")


_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": NewDocument.model_json_schema()},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"file": {"type": "string", "format": "binary"}},
                    "required": ["file"],
                }
            },
        },
    }
}


@router.post(
    "/documents",
    status_code=201,
    summary="Ingest a document (needs the server's token)",
    openapi_extra=_BODY,
    responses={401: {"description": "no token"}, 403: {"description": "writes refused"}},
)
async def post_document(request: Request) -> JSONResponse:
    """Ingest a JSON document (``id``, ``text``; ``title``, ``url``, ``outlet``,
    ``published``) or an uploaded ``file`` (.txt, .html, .pdf, .jsonl; its id is the file
    name). Answers what was done: 201 when a document was added or replaced, 200 when
    the same content was already stored."""
    check_token(request)
    if int(request.headers.get("content-length") or 0) > MAX_UPLOAD:
        raise ApiError(413, "too_large", f"the body is over {MAX_UPLOAD} bytes")
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    with tempfile.TemporaryDirectory(prefix="corroborate-upload-") as folder:
        if kind == "application/json":
            path = await _json_document(request, Path(folder))
        elif kind == "multipart/form-data":
            path = await _uploaded_file(request, Path(folder))
        else:
            raise ApiError(
                415,
                "unsupported_media_type",
                "send application/json or multipart/form-data with a file",
            )
        config = request.app.state.config
        try:
            body = await run_in_threadpool(
                _ingest, config.db, config.spacy_model, config.attribution_model, path
            )
        except InputError as err:
            # A JSON body is one document: its line in the server's file means nothing.
            message = (
                client_message(err, "the document", folder, with_line=False)
                if kind == "application/json"
                else client_message(err, repr(path.name), folder)
            )
            raise ApiError(422, "invalid_input", message) from None
    changed = body["added"] + body["replaced"]
    return JSONResponse(body, status_code=201 if changed else 200)


@router.delete(
    "/documents/{document_id:path}",
    summary="Remove a document with everything stored from it (needs the server's token)",
    responses={
        401: {"description": "no token"},
        403: {"description": "writes refused"},
        404: {"description": "no such document: nothing removed"},
    },
)
async def delete_document(request: Request, document_id: str) -> dict[str, Any]:
    """Remove a stored document as ``corroborate remove`` does: its attributions, mentions,
    claims and figures deleted and the ledger brought up to date, in one transaction.
    Answers ``removed`` (the id), ``rows`` (rows deleted per table) and
    ``orphaned_corrections``: the corrections by hand in force that now change nothing
    (kept, in force: they apply again if the document is ingested again)."""
    check_token(request)
    try:
        done = await run_in_threadpool(_remove, request.app.state.config.db, document_id)
    except UnknownDocumentError:
        raise ApiError(404, "not_found", f"no document {document_id!r}") from None
    return {
        "removed": document_id,
        "rows": done.rows,
        "orphaned_corrections": [c.to_json() for c in done.orphaned],
    }


def ingesting() -> bool:
    """Whether a write is being ingested now (``serve`` asks when it stops)."""
    return _write_lock.locked()


def check_token(request: Request) -> None:
    config = request.app.state.config
    if not config.writes_enabled:
        raise ApiError(
            403,
            "writes_disabled",
            "this server is read-only; start it with --allow-writes and --token",
        )
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(
            401, "unauthorized", "send Authorization: Bearer TOKEN", {"WWW-Authenticate": "Bearer"}
        )
    # Constant-time comparison: the time taken says nothing about how much of it was right.
    if not hmac.compare_digest(given.strip().encode(), str(config.token).encode()):
        raise ApiError(403, "forbidden", "wrong token")


def client_message(err: InputError, shown: str, folder: str, *, with_line: bool = True) -> str:
    """``err`` as the client may read it: the document as the client named it instead of the
    server's temporary file, and no advice meant for the command line (``--skip-errors``):
    the client cannot pass options, and the server's folders are none of its business."""
    where = f"{shown}, line {err.line}" if with_line and err.line is not None else shown
    text = f"{where}: {err.message.replace(err.path, shown).replace(folder, '')}"
    if err.hint and "--" not in err.hint:
        text += f"; {err.hint}"
    return text


async def _json_document(request: Request, folder: Path) -> Path:
    try:
        document = NewDocument.model_validate_json(await request.body())
    except ValidationError as err:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}" for e in err.errors()
        )
        raise ApiError(422, "invalid_request", problems) from None
    path = folder / "document.jsonl"
    path.write_text(json.dumps(document.model_dump(), ensure_ascii=False) + "\n", "utf-8")
    return path


async def _uploaded_file(request: Request, folder: Path) -> Path:
    form = await request.form(max_files=1)
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise ApiError(422, "invalid_request", "file: send the document as the form field 'file'")
    # Only the base name: a client's "../../x" must not choose where the file is written.
    name = Path(upload.filename or "").name
    if not name.lower().endswith(SUFFIXES):
        raise ApiError(
            422, "invalid_request", f"file: {name!r} is not one of " + ", ".join(SUFFIXES)
        )
    data = await upload.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise ApiError(413, "too_large", f"the file is over {MAX_UPLOAD} bytes")
    path = folder / name
    path.write_bytes(data)
    return path


def _ingest(
    db: str, spacy_model: str | None, attribution_model: str | None, path: Path
) -> dict[str, Any]:
    global _nlp
    with _write_lock:  # one ingest at a time: they share the pipeline and rebuild the ledger
        if _nlp is None:
            from corroborate.nlp import pipeline

            _nlp = pipeline.load_pipeline(spacy_model, attribution_model)
        ids: list[str] = []

        def seen(document: Document, attributions: int) -> None:
            ids.append(document.id)

        with open_store(db) as store:
            summary = ingest_paths([path], store, _nlp, on_progress=seen, after_ingest=_update)
    return {
        "documents": ids,
        "added": summary.added,
        "replaced": summary.replaced,
        "unchanged": summary.unchanged,
        "attributions": summary.attributions,
    }


def _remove(db: str, document_id: str) -> Removed:
    with _write_lock:  # one write at a time, as ingests
        with open_store(db) as store:
            return remove(store, [document_id])


def _update(store: Store) -> None:
    update(store)  # the reason for a full rebuild, if any, is for ``ingest --verbose``
