"""``corroborate read``: each document as ingest would store it, one JSON line each."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.commands.read import READ_FIELDS

PAGE = """<!DOCTYPE html><html><head><title>Court frees trader | Harbour Post</title>
<meta property="og:site_name" content="Harbour Post">
<link rel="canonical" href="https://example.org/trader-freed">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-06-02"}
</script></head><body><article><h1>Court frees trader</h1>
<p>The court acquitted the grain trader for want of evidence, his lawyer said on Wednesday,
and the prosecution said it would appeal the ruling within the month.</p></article></body></html>
"""


def run_read(*args: str) -> subprocess.CompletedProcess[str]:
    # A real process, as the checks outside the repository run it.
    return subprocess.run(
        [sys.executable, "-m", "corroborate", "read", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_one_line_per_document_with_the_stored_fields(tmp_path: Path) -> None:
    lines = tmp_path / "docs.jsonl"
    lines.write_text(
        json.dumps({"id": 7, "text": "Ann said so.", "outlet": "Post", "extra": 1}) + "\n",
        "utf-8",
    )
    page = tmp_path / "trader.html"
    page.write_text(PAGE, "utf-8")
    result = run_read(str(lines), str(page))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [list(row) for row in rows] == [list(READ_FIELDS)] * 2
    assert rows[0] == {
        "id": "7", "title": None, "published": None, "url": None, "outlet": "Post",
        "text": "Ann said so.",
    }  # fmt: skip
    assert rows[1]["id"] == "trader.html"
    assert rows[1]["published"] == "2021-06-02"
    assert rows[1]["url"] == "https://example.org/trader-freed"
    assert rows[1]["text"].startswith("Court frees trader\n\nThe court acquitted the grain trader")


def test_bad_input_is_one_line_and_skippable(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "a", "text": "Fine."}\n{"id": "b"}\n', "utf-8")
    runner = CliRunner()
    stopped = runner.invoke(app, ["read", str(good)])
    assert stopped.exit_code == 1
    assert f'{good}:2: no "text"' in stopped.output
    skipped = runner.invoke(app, ["read", "--skip-errors", str(good)])
    assert skipped.exit_code == 0
    assert [json.loads(line)["id"] for line in skipped.stdout.splitlines()] == ["a"]
