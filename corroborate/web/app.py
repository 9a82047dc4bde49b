"""The ASGI application behind ``corroborate serve``: the JSON API, the pages, one error shape.

Every error the API returns has one shape, whatever raised it (a missing record, a bad query
parameter, a refused write, a bug)::

    {"error": {"status": 404, "code": "not_found", "message": "no document 'x'"}}

Pages answer errors with an HTML page saying the same. Errors become messages here, at the
HTTP boundary, and nowhere else.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from corroborate import __version__
from corroborate.errors import CorroborateError, InputError
from corroborate.web.head import HeadAsGet
from corroborate.web.hosts import HostAllowList, allowed_hosts
from corroborate.web.limits import BodyLimit
from corroborate.web.problems import CODES, error_body, shorten
from corroborate.web.responses import StrictJSONResponse
from corroborate.web.source import LedgerSource

log = logging.getLogger("corroborate.web")
STATIC = Path(__file__).parent / "static"


@dataclass(frozen=True)
class ServerConfig:
    """How the server was started. Writes need both ``allow_writes`` and a ``token``."""

    db: str
    token: str | None = None
    allow_writes: bool = False
    spacy_model: str | None = None
    attribution_model: str | None = None
    # Host names the server answers to besides the loopback ones (web.hosts): --host and
    # --allow-host.
    hosts: tuple[str, ...] = ()

    @property
    def writes_enabled(self) -> bool:
        return self.allow_writes and bool(self.token)


def create_app(config: ServerConfig) -> FastAPI:
    """The application over the store ``config.db``, opened read-only unless writes are on."""
    if config.allow_writes and not config.token:
        raise CorroborateError("--allow-writes needs --token: writes are never open to anyone")
    source = LedgerSource(config.db, writable=config.writes_enabled)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        source.current()  # read the ledger before the first request, not during it
        yield
        source.close()

    app = FastAPI(
        title="corroborate",
        version=__version__,
        summary="The evidence ledger of allegations in the news: pages and a JSON API.",
        lifespan=lifespan,
        default_response_class=StrictJSONResponse,
        docs_url=None,  # web.docs serves them, from local files
        redoc_url=None,
    )
    app.state.source = source
    app.state.config = config

    from corroborate.web import api, browse, corrections, docs, pages  # need the app's state

    app.include_router(api.router)
    app.include_router(browse.router)
    app.include_router(corrections.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    docs.add_docs(app)
    app.add_middleware(BodyLimit)
    app.add_middleware(HostAllowList, allowed=allowed_hosts(config.hosts))
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)
    _add_error_handlers(app)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = getattr(exc, "code", None) or CODES.get(exc.status_code, "error")
        return _respond(request, exc.status_code, code, str(exc.detail), exc.headers)

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        problems = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "path"))
            problems.append(f"{where}: {e.get('msg', 'invalid')}" if where else e.get("msg", ""))
        message = "; ".join(problems) or "invalid request"
        return _respond(request, 422, "invalid_request", message)

    async def user_error(request: Request, exc: Exception) -> Response:
        # The full message names the server's files and the command line's options: it is
        # for the server's log; the client gets what it can act on (web.writes.client_message).
        log.error("store or user error on %s: %s", request.url.path, exc)
        if isinstance(exc, InputError):
            return _respond(request, 422, "invalid_input", exc.message)
        message = "the server could not read or write its store; see the server's log"
        return _respond(request, 500, "store_error", message)

    async def bug(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path, exc_info=exc)
        return _respond(request, 500, "internal_error", "internal error; see the server's log")

    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(CorroborateError, user_error)
    app.add_exception_handler(Exception, bug)


def _respond(
    request: Request,
    status: int,
    code: str,
    message: str,
    headers: Mapping[str, str] | None = None,
) -> Response:
    path = request.url.path
    if path.startswith(("/api", "/openapi")) or path.endswith((".json", ".csv")):
        return JSONResponse(error_body(status, code, message), status, dict(headers or {}))
    from corroborate.web.pages import render

    html = render("error.html", status=status, code=code, message=shorten(message))
    return HTMLResponse(html, status, dict(headers or {}))


class SecurityHeaders:
    """Headers on every response: pages run only the scripts and styles this server sends
    (a hostile text that slipped through escaping still could not run), and links out of a
    case file do not tell the site where the reader came from."""

    PAGE_POLICY = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # The interactive API docs load Swagger UI's own scripts; they get no page policy.
        docs = scope["path"] in ("/docs", "/redoc") or scope["path"].startswith("/docs/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-content-type-options", b"nosniff"))
                headers.append((b"referrer-policy", b"no-referrer"))
                if not docs:
                    headers.append((b"content-security-policy", self.PAGE_POLICY.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
