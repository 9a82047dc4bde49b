"""Latency of `corroborate serve`: p50/p95 of /api/ledger?entity=... and of document pages.

Starts `corroborate serve` on a free port of 127.0.0.1 (loopback only) over a prepared database,
sends a bounded number of requests one at a time over HTTP, and prints percentiles. Each
request asks for something different (another entity, another document), so the figures
measure the server's work, not its cache of identical answers; the first request of all
(reading the ledger) is reported apart.

    # once (10+ minutes on two cores):
    corroborate ingest ../shared/benchmarks/polnear/train.jsonl \\
        ../shared/corpora/karachi-dev.jsonl --db /tmp/web-bench.db
    .venv/bin/python benchmarks/web.py --db /tmp/web-bench.db

Without --db it ingests the given files into a temporary database first.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx

REPO = Path(__file__).resolve().parent.parent
CORROBORATE = [sys.executable, "-m", "corroborate"]
DEFAULT_INPUTS = [
    REPO.parent / "shared" / "benchmarks" / "polnear" / "train.jsonl",
    REPO.parent / "shared" / "corpora" / "karachi-dev.jsonl",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="a database built by corroborate ingest (else: ingest)")
    parser.add_argument("inputs", nargs="*", type=Path, default=DEFAULT_INPUTS)
    parser.add_argument("--requests", type=int, default=300, help="per endpoint (max 2000)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    count = max(10, min(args.requests, 2000))
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or _ingest(args.inputs, Path(tmp) / "bench.db")
        server = _server(db)
        with server as base, httpx.Client(base_url=base, timeout=30) as client:
            t0 = time.perf_counter()
            ledger = client.get("/api/ledger").json()
            first = time.perf_counter() - t0
            documents = _all_documents(client)
            rng = random.Random(args.seed)
            names = _names(ledger, rng)
            print(f"database: {db}")
            print(
                f"{len(documents)} documents listed, {len(ledger['entities'])} entities,"
                f" {len(ledger['allegations'])} allegations;"
                f" first full ledger {first * 1000:.0f} ms"
            )
            # Every name asked once: no answer comes from the server's cache of answers.
            paths = [f"/api/ledger?entity={quote(n)}" for n in names[:count]]
            # A name several entities bear is answered 409 with the candidates (the server's
            # work all the same), as readers of a large store will often meet.
            _report("GET /api/ledger?entity=NAME", _time(client, paths, ok=(200, 409)))
            ids = [d["id"] for d in documents]
            rng.shuffle(ids)
            pages = [f"/documents/{quote(i, safe='')}" for i in (ids * count)[:count]]
            _report("GET /documents/ID (page)", _time(client, pages))
            print(f"server: ready in {server.ready_s:.1f} s, peak RSS {server.peak_rss_mb()} MB")


def _all_documents(client: httpx.Client) -> list[dict]:
    """Every stored document's summary, a page of 1,000 at a time: document pages are asked
    of the whole store, not of its first ids."""
    found: list[dict] = []
    while True:
        page = client.get("/api/documents", params={"limit": 1000, "offset": len(found)}).json()
        found += page["documents"]
        if not page["documents"] or len(found) >= page["total"]:
            return found


def _names(ledger: dict, rng: random.Random) -> list[str]:
    """Distinct names to filter by: the accused first (what readers ask for), then aliases
    and other entities' names, and one that matches nothing."""
    by_id = {e["id"]: e for e in ledger["entities"]}
    accused = [by_id[i]["name"] for a in ledger["allegations"] for i in a["accused"] if i in by_id]
    others = [n for e in by_id.values() for n in [*e["aliases"], e["name"]]]
    rng.shuffle(others)
    return list(dict.fromkeys([*accused, "no such person", *others]))


def _time(client: httpx.Client, paths: list[str], ok: tuple[int, ...] = (200,)) -> list[float]:
    out = []
    for path in paths:
        t0 = time.perf_counter()
        response = client.get(path)
        out.append(time.perf_counter() - t0)
        if response.status_code not in ok:
            raise SystemExit(f"{path}: {response.status_code} {response.text[:200]}")
    return out


def _report(label: str, times: list[float]) -> None:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    print(
        f"{label:32} n={len(ms):4}  p50 {statistics.median(ms):6.1f} ms"
        f"  p95 {p95:6.1f} ms  max {ms[-1]:6.1f} ms"
    )


def _ingest(inputs: list[Path], db: Path) -> str:
    print(f"ingesting {', '.join(map(str, inputs))} into {db} (pass --db to reuse one)")
    subprocess.run([*CORROBORATE, "ingest", *map(str, inputs), "--db", str(db)], check=True)
    return str(db)


class _server:
    """`corroborate serve` in a child process on a free loopback port."""

    def __init__(self, db: str) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.db = db

    def __enter__(self) -> str:
        command = [*CORROBORATE, "serve", "--db", self.db, "--port", str(self.port)]
        self.process = subprocess.Popen(command, env={**os.environ, "CORROBORATE_TOKEN": ""})
        base = f"http://127.0.0.1:{self.port}"
        start = time.monotonic()
        deadline = start + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit("corroborate serve exited")
            try:
                # The first answer reads the store (``web.snapshot``): start-up included.
                httpx.get(base + "/api/documents?limit=1", timeout=30)
                self.ready_s = time.monotonic() - start
                return base
            except httpx.TransportError:
                time.sleep(0.2)
        raise SystemExit("corroborate serve did not start within 120 s")

    def peak_rss_mb(self) -> int | None:
        """The server's peak resident set so far (Linux: VmHWM), None where unknown."""
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except OSError:
            return None
        found = [line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")]
        return int(found[0]) // 1024 if found else None

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


if __name__ == "__main__":
    main()
