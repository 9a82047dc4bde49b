"""A real ``corroborate serve`` on 127.0.0.1, over real sockets: the body limit holds for
chunked uploads, the server still stops on SIGTERM after one, and the Host allow-list."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from corroborate.commands.serve import STOP_GRACE
from corroborate.web.limits import MAX_BODY
from tests.web.conftest import TOKEN


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def serving(db: str, *options: str) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    """``corroborate serve`` in its own process; killed at the end if still running."""
    port = _free_port()
    command = [sys.executable, "-m", "corroborate", "serve", "--db", db, "--port", str(port)]
    env = {**os.environ, "CORROBORATE_TOKEN": TOKEN}
    # A file, not a pipe: a server writing more than a pipe holds would block on it.
    log = tempfile.TemporaryFile()
    process = subprocess.Popen([*command, *options], env=env, stderr=log)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    pytest.fail(f"the server did not start: {log.read().decode()}")
                time.sleep(0.1)
        yield process, port
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
        log.close()


def get(port: int, path: str, host: str) -> tuple[int, Any]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.putrequest("GET", path, skip_host=True)
    connection.putheader("Host", host)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


def chunked_post(port: int, path: str, size: int, chunk: int = 256 * 1024) -> tuple[int, bytes]:
    """POST ``size`` bytes with Transfer-Encoding: chunked (no Content-Length), over a raw
    socket: the server may answer and stop reading before the client has sent everything."""
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"Authorization: Bearer {TOKEN}\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\n\r\n"
    ).encode()
    # A JSON document left open at the end: should the whole body be read, it is not JSON.
    start = b'{"id": "big", "text": "'
    with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
        s.sendall(head)
        sent = 0
        try:
            piece = start
            while sent < size:
                s.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
                sent += len(piece)
                piece = b"a" * chunk
            s.sendall(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed: read what it said
        answer = b""
        try:
            while True:
                data = s.recv(65536)
                if not data:
                    break
                answer += data
                if b"\r\n\r\n" in answer and answer.rstrip().endswith(b"}"):
                    break
        except (ConnectionResetError, TimeoutError):
            pass
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line.startswith(b"HTTP/1.1 "), answer[:200]
    return int(status_line.split()[1]), rest.partition(b"\r\n\r\n")[2]


def test_chunked_upload_over_the_limit_is_refused_and_sigterm_still_stops(
    writable_db: str,
) -> None:
    with serving(writable_db, "--allow-writes") as (process, port):
        status, body = chunked_post(port, "/api/documents", MAX_BODY + 5 * 1024 * 1024)
        assert status == 413, body[:300]
        assert json.loads(body)["error"]["code"] == "too_large"
        # Still serving, and nothing was stored.
        assert get(port, "/api/documents/big", f"127.0.0.1:{port}")[0] == 404
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)  # raises TimeoutExpired if it ignores SIGTERM
        assert process.returncode is not None


def test_sigterm_stops_the_server_during_a_long_upload(writable_db: str) -> None:
    """An upload under the limit can still take long to ingest (minutes for a few MB of
    text); the server stops within its grace period all the same."""
    text = "The Guard said that Lena Ortiz had confessed to arson in the port. " * 40_000
    with serving(writable_db, "--allow-writes") as (process, port):

        def upload() -> None:
            try:
                httpx.post(
                    f"http://127.0.0.1:{port}/api/documents",
                    files={"file": ("long.txt", text.encode())},
                    headers={"Authorization": f"Bearer {TOKEN}"},
                    timeout=120,
                )
            except httpx.HTTPError:
                pass  # the server went away mid-request: expected

        thread = threading.Thread(target=upload, daemon=True)
        thread.start()
        time.sleep(4)  # the body is sent in well under a second; then it is being ingested
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=STOP_GRACE + 25)  # raises TimeoutExpired if it outlives SIGTERM
        assert time.monotonic() - started < STOP_GRACE + 25
        thread.join(timeout=30)


@pytest.fixture(scope="module")
def server(web_db: str) -> Iterator[int]:
    with serving(web_db, "--allow-host", "ledger.example") as (_, port):
        yield port


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1:{port}", "localhost:{port}", "[::1]:{port}", "LOCALHOST", "ledger.example:{port}"],
)
def test_allowed_hosts_are_served(server: int, host: str) -> None:
    status, _ = get(server, "/api/documents?limit=1", host.format(port=server))
    assert status == 200


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:{port}", "127.0.0.1.evil.example", "", "10.1.2.3"]
)
def test_other_hosts_get_400(server: int, host: str) -> None:
    for path in ("/api/ledger", "/"):
        status, body = get(server, path, host.format(port=server))
        assert status == 400
        assert json.loads(body)["error"]["code"] == "invalid_host"
