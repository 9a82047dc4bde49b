"""Screenshots of the web app's main pages for the README, from the example case file.

    .venv/bin/python docs/screenshots/take.py     # needs chromium (scripts/browser)

Ingests examples/case-file.jsonl into a temporary database, serves it on a free loopback
port, and writes PNGs beside this file.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx
from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]  # fmt: skip


def main() -> None:
    chromium = os.environ.get("CORROBORATE_CHROMIUM") or shutil.which("chromium")
    if not chromium:
        raise SystemExit("no chromium: source scripts/browser && find_test_chromium")
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "case.db")
        cli = [sys.executable, "-m", "corroborate"]
        subprocess.run([*cli, "ingest", str(REPO / "examples" / "case-file.jsonl"), "--db", db],
                       check=True)  # fmt: skip
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([*cli, "serve", "--db", db, "--port", str(port)])
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    ledger = httpx.get(base + "/api/ledger", params={"entity": "Tariq Noor"}).json()
                    break
                except httpx.TransportError:
                    time.sleep(0.2)
            noor = ledger["entities"][0]["id"]
            killing = next(a for a in ledger["allegations"] if a["act"] == "killing")
            event = next(
                (e for e in killing["events"] if e["kind"] == "confession"), killing["events"][0]
            )
            quoted = (f"/documents/{quote(event['document_id'])}?q={event['start']}-{event['end']}"
                      f"#q-{event['start']}-{event['end']}")  # fmt: skip
            shots = [
                ("home", "/?q=noor", 1000, 760),
                ("document", quoted, 1000, 760),
                ("allegation", f"/allegations/{killing['id']}", 1000, 900),
                ("entity", f"/entities/{noor}", 1000, 700),
                ("audit", "/audit", 1100, 820),
                ("browse", "/allegations?confession_only=true", 1100, 700),
                ("phone", "/documents/pm-001", 390, 760),
            ]
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium, args=ARGS)
                for name, path, width, height in shots:
                    page = browser.new_page(viewport={"width": width, "height": height})
                    page.goto(base + path)
                    page.screenshot(path=str(HERE / f"{name}.png"))
                    page.close()
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
