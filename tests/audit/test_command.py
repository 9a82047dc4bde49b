"""``corroborate audit`` over a store: the JSON contract, CSV, table, chart, errors; figures
stored with their document on both backends."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.extract import Analysis
from corroborate.ledger.store import rebuild
from corroborate.store import open_store

runner = CliRunner()
FIGURE_KEYS = {"group", "measure", "agency", "date", "document_id", "quote", "start", "end"}
GROUP_KEYS = {"group", "aliases", "raids", "arrests", "weapons_seized", "allegations",
              "convictions", "acquittals"}  # fmt: skip


def fill(url: str, analyses: list[Analysis]) -> None:
    with open_store(url) as store:
        for a in analyses:
            store.put_document(a.document, a.attributions, a.mentions, a.figures, claims=a.claims)
        rebuild(store)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, karachi_analyses: list[Analysis]) -> str:
    path = str(tmp_path_factory.mktemp("audit") / "k.db")
    fill(path, karachi_analyses)
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    return str(request.getfixturevalue("postgres_url"))


def test_figures_round_trip(url: str, case_analyses: list[Analysis]) -> None:
    fill(url, case_analyses)
    with open_store(url) as store:
        stored = store.figures()
        assert stored == sorted((f for a in case_analyses for f in a.figures),
                                key=lambda f: (f.document_id, f.start))  # fmt: skip
        assert store.figures("pm-004") == case_analyses[3].figures
        # Replacing a document replaces its figures (ON DELETE CASCADE).
        old = case_analyses[3]
        changed = dataclasses.replace(old.document, text=old.document.text + " ")
        store.put_document(changed, [], [], old.figures[:1])
        assert store.figures("pm-004") == old.figures[:1]


def test_json_contract(db: str) -> None:
    result = runner.invoke(app, ["audit", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"figures", "groups", "discrepancies"}
    for f in data["figures"]:
        assert set(f) in (FIGURE_KEYS | {"value"}, FIGURE_KEYS | {"low", "high"})
    for g in data["groups"]:
        assert GROUP_KEYS <= set(g)
    for d in data["discrepancies"]:
        assert set(d) == {"group", "measure", "values"}
    mqm = next(g for g in data["groups"] if g["group"] == "Muttahida Qaumi Movement")
    assert (mqm["raids"], mqm["arrests"], mqm["weapons_seized"]) == (372, 560, 241)
    assert mqm["contesting"]


def test_csv_and_table(db: str) -> None:
    result = runner.invoke(app, ["audit", "--db", db, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {"group": "TTP", "measure": "arrests", "value": "760"}.items() <= next(
        r for r in rows if r["group"] == "TTP" and r["measure"] == "arrests"
    ).items()
    table = runner.invoke(app, ["audit", "--db", db])
    assert table.exit_code == 0, table.output
    assert "reported figures, from the sources named" in " ".join(table.output.split())
    assert "contests:" in table.output


def test_chart_option(db: str, tmp_path: Path) -> None:
    chart = tmp_path / "audit.svg"
    result = runner.invoke(app, ["audit", "--db", db, "--format", "json", "--chart", str(chart)])
    assert result.exit_code == 0, result.output
    assert chart.read_text("utf-8").startswith("<?xml")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--chart", "audit.pdf"], "name a file ending in .png or .svg"),
        (["--format", "xml"], "unknown format 'xml'"),
    ],
)
def test_errors_are_one_line(db: str, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["audit", "--db", db, *args])
    assert result.exit_code == 1
    lines = (
        result.stderr.strip().splitlines() if result.stderr else result.output.strip().splitlines()
    )
    assert len(lines) == 1 and message in lines[0]


def test_missing_database(tmp_path: Path) -> None:
    result = runner.invoke(app, ["audit", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
