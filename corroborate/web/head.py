"""HEAD on every page: answered as GET without the body, as HTTP says (RFC 9110, 9.3.2).

Link checkers and archivers ask HEAD first; FastAPI's routes answer only the methods they
declare, so without this every page was a 405 to them. One middleware covers the pages, the
API, the lists' .json/.csv and the static files alike, and the headers (length, type, cache)
are exactly those GET would send.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["HeadAsGet"]


class HeadAsGet:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return  # the rest of a streamed body: nothing of it goes out
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_without_body)
