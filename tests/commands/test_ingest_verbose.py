"""``corroborate ingest --verbose``: how the ledger was brought up to date, and why."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.ledger.store import rebuild_and_compare
from corroborate.store import open_store
from tests.ledger.conftest import AGAIN, TURTLES

# A story that shares no name, and no name's blocking key, with the turtles story.
FRAUD = (
    "Police arrested Priya Venkataraman in Perth on Tuesday, accusing her of fraud,"
    " a spokesman said."
)

runner = CliRunner()


def _jsonl(path: Path, rows: dict[str, str]) -> str:
    path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in rows.items()))
    return str(path)


def test_verbose_says_updated_or_rebuilt_and_why(tmp_path: Path) -> None:
    db = str(tmp_path / "v.db")
    first = _jsonl(tmp_path / "a.jsonl", {"turtles-1": TURTLES, "turtles-2": AGAIN})
    result = runner.invoke(app, ["ingest", first, "--db", db, "--workers", "1", "--verbose"])
    assert result.exit_code == 0, result.output
    assert "ledger: rebuilt whole (no index)" in result.output
    other = _jsonl(tmp_path / "b.jsonl", {"fraud": FRAUD})
    result = runner.invoke(app, ["ingest", other, "--db", db, "--workers", "1", "--verbose"])
    assert result.exit_code == 0, result.output
    assert "ledger: updated (added)" in result.output
    with open_store(db) as store:
        assert any(e.name == "Priya Venkataraman" for e in store.ledger().entities)
        assert rebuild_and_compare(store) is None
    # A report naming the stored man: stepped again after resolving only the names it
    # reaches (``ledger.reached``), not rebuilt.
    named = _jsonl(tmp_path / "n.jsonl", {"turtles-3": AGAIN + " He was charged."})
    result = runner.invoke(app, ["ingest", named, "--db", db, "--workers", "1", "--verbose"])
    assert result.exit_code == 0, result.output
    assert ("documents stepped again: names reach stored components; only the names they"
            " reach resolved again)") in result.output  # fmt: skip
    with open_store(db) as store:
        assert rebuild_and_compare(store) is None
    quiet = _jsonl(tmp_path / "c.jsonl", {"again": AGAIN + " He was bailed."})
    result = runner.invoke(app, ["ingest", quiet, "--db", db, "--workers", "1"])
    assert result.exit_code == 0 and "ledger:" not in result.output
