"""Memory of `corroborate serve` under distinct requests for one long document's page.

Every distinct `?q=START-END` of a document page is a page of its own, as long as the
document. The server once cached 512 of them whatever their size, so 46 such requests to a
50 MB document grew it from 244 MB to 5 GB. This stores one invented document of `--mb` MB
(no extraction: the page is the text), starts `corroborate serve` on a free port of 127.0.0.1,
and prints its resident memory (RSS, from /proc) at start, after the first page, and after
`--requests` pages that differ only in `?q=`; the figure to track is the growth after all the
requests as a multiple of the growth after the first (about 1 when nothing piles up; about
`--requests` when every page is kept).

    .venv/bin/python benchmarks/web_memory.py [--mb 10] [--requests 30]
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from corroborate.records import Document
from corroborate.store import open_store

CORROBORATE = [sys.executable, "-m", "corroborate"]
SENTENCE = "The inquiry heard that the harbour warehouse burned on a Tuesday night. "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=10.0, help="document size in MB (max 100)")
    parser.add_argument("--requests", type=int, default=30, help="distinct pages (max 200)")
    args = parser.parse_args()
    size = int(min(max(args.mb, 0.01), 100) * 1_000_000)
    count = max(2, min(args.requests, 200))
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "memory.db")
        with open_store(db) as store:
            text = SENTENCE * (size // len(SENTENCE))
            store.put_document(Document(id="long", text=text), [])
        port = _free_port()
        command = [*CORROBORATE, "serve", "--db", db, "--port", str(port)]
        process = subprocess.Popen(command, env={**os.environ, "CORROBORATE_TOKEN": ""})
        try:
            base = f"http://127.0.0.1:{port}"
            _wait(base, process)
            with httpx.Client(base_url=base, timeout=300) as client:
                start = _rss(process.pid)
                page = client.get("/documents/long?q=0-10")
                page.raise_for_status()
                first = _rss(process.pid)
                for i in range(1, count):
                    client.get(f"/documents/long?q={i}-{i + 40}").raise_for_status()
                last = _rss(process.pid)
        finally:
            process.terminate()
            process.wait(timeout=60)
    mb = 1024 * 1024
    print(f"document {len(text) / 1e6:.1f} MB, its page {len(page.content) / 1e6:.1f} MB")
    print(f"RSS at start            {start / mb:8.0f} MB")
    print(f"after the first page    {first / mb:8.0f} MB")
    print(f"after {count:3} distinct pages {last / mb:8.0f} MB")
    growth = (last - start) / max(first - start, 1)
    print(f"growth after {count} pages / growth after 1: {growth:.1f}x")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _wait(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("corroborate serve exited")
        try:
            httpx.get(base + "/api/documents?limit=1", timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("corroborate serve did not start within 120 s")


def _rss(pid: int) -> int:
    """Resident memory of ``pid`` in bytes (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise SystemExit("no VmRSS in /proc: this benchmark needs Linux")


if __name__ == "__main__":
    main()
