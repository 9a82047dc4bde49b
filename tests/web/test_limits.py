"""The request body limit counts every body, declared or chunked (see also test_server.py,
the same over a real socket)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from corroborate.web.limits import MAX_BODY, BodyLimit
from tests.web.conftest import TOKEN
from tests.web.test_api import assert_error


async def echo(request: Request) -> JSONResponse:
    return JSONResponse({"received": len(await request.body())})


async def streamed(request: Request) -> JSONResponse:
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
    return JSONResponse({"received": total})


@pytest.fixture
def small() -> Iterator[TestClient]:
    app = Starlette(routes=[Route("/echo", echo, methods=["POST"]),
                            Route("/stream", streamed, methods=["POST"])])  # fmt: skip
    with TestClient(BodyLimit(app, limit=1000), raise_server_exceptions=False) as client:
        yield client


def chunks(size: int, piece: int = 100) -> Iterator[bytes]:
    for start in range(0, size, piece):
        yield b"x" * min(piece, size - start)


@pytest.mark.parametrize("path", ["/echo", "/stream"])
def test_chunked_bodies_are_counted(small: TestClient, path: str) -> None:
    assert small.post(path, content=chunks(1000)).json() == {"received": 1000}
    # No Content-Length: chunked. (The server's own error shape: the last test.)
    assert small.post(path, content=chunks(1001)).status_code == 413


def test_a_declared_length_over_the_limit_is_refused_unread(small: TestClient) -> None:
    assert small.post("/echo", content=b"x" * 1000).json() == {"received": 1000}
    assert_error(small.post("/echo", content=b"x" * 1001), 413, "too_large")


def test_the_servers_upload_limit_holds_for_chunked_bodies(writer: TestClient) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
    body = chunks(MAX_BODY + 1, piece=1024 * 1024)
    assert_error(writer.post("/api/documents", content=body, headers=headers), 413, "too_large")
