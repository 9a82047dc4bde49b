"""``corroborate rebuild``: a full rebuild, checked against the stored ledger."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.ledger.build import AnalysedDocument
from corroborate.ledger.store import rebuild
from corroborate.records import Ledger
from corroborate.store import open_store
from tests.conftest import put_analysed

runner = CliRunner()


def test_rebuild_says_equal_or_names_the_difference(
    karachi_analysed: list[AnalysedDocument], tmp_path: Path
) -> None:
    db = str(tmp_path / "k.db")
    with open_store(db) as store:
        put_analysed(store, karachi_analysed)
        rebuild(store)
    result = runner.invoke(app, ["rebuild", "--db", db])
    assert result.exit_code == 0, result.output
    assert "equals a full rebuild" in result.output
    with open_store(db) as store:
        kept = store.ledger()
        store.rebuild_ledger(
            lambda s: Ledger(entities=kept.entities[1:], allegations=kept.allegations)
        )
    result = runner.invoke(app, ["rebuild", "--db", db])
    assert result.exit_code == 1
    assert (
        f"entity ids differ: 1 missing from the stored ledger ({kept.entities[0].id})"
        in result.output
    )
    with open_store(db) as store:
        assert store.ledger() == kept  # rebuilt


def test_rebuild_of_a_missing_store_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["rebuild", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
    assert len(result.output.strip().splitlines()) == 1, result.output
