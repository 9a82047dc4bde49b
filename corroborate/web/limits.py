"""The request body limit, for every body however it is sent.

A check of ``Content-Length`` alone is no limit: a client sending ``Transfer-Encoding:
chunked`` declares no length, and one 25 MB chunked upload was once read whole into memory
and ingested. Here a declared length over the limit is refused before anything is read, and
the bytes of every other body are counted as they arrive: the read that passes the limit
fails with 413, in the API's one error shape, before the body is kept anywhere.
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from corroborate.web.problems import ApiError, error_body

__all__ = ["MAX_BODY", "BodyLimit", "BodyTooLarge"]

MAX_BODY = 20 * 1024 * 1024  # bytes: a long PDF report, not a corpus (use the CLI for that)


class BodyTooLarge(ApiError):
    """Raised from ``receive`` when a body passes the limit; the routes' error handler turns
    it into the one error shape like any ``ApiError``."""

    def __init__(self, limit: int) -> None:
        super().__init__(
            413, "too_large", f"the request body is over {limit} bytes; send a smaller document"
        )


class BodyLimit:
    """ASGI middleware: no HTTP request body over ``limit`` bytes reaches the application."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length", "")
        if declared.strip().isdigit() and int(declared) > self.limit:
            await self._refuse(scope, receive, send)
            return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, watched_send)
        except BodyTooLarge:
            # Raised where no route's handler saw it (a body read by middleware, say).
            if started:
                raise
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        error = BodyTooLarge(self.limit)
        body = error_body(error.status_code, error.code, str(error.detail))
        # Connection: close - the rest of the body is never read, so the connection cannot
        # carry another request.
        response = JSONResponse(body, error.status_code, headers={"connection": "close"})
        await response(scope, receive, send)
