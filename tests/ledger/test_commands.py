"""``corroborate ledger``, ``entity`` and ``export`` over a store built by ``rebuild``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.ledger.build import AnalysedDocument
from corroborate.ledger.store import rebuild
from corroborate.store import open_store
from tests.conftest import put_analysed

runner = CliRunner()
EVENT_KEYS = {"date", "date_expression", "before_report", "retells", "inferred", "kind",
              "outcome", "setting", "source", "document_id", "quote", "start", "end"}  # fmt: skip
ALLEGATION_KEYS = {"id", "accused", "act", "alleged_by", "status", "confession_only",
                   "quantities", "events"}  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, karachi_analysed: list[AnalysedDocument]) -> str:
    path = str(tmp_path_factory.mktemp("ledger") / "k.db")
    with open_store(path) as store:
        put_analysed(store, karachi_analysed)
        rebuild(store)
    return path


def test_json_contract(db: str, karachi_analysed: list[AnalysedDocument]) -> None:
    result = runner.invoke(app, ["ledger", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"entities", "allegations"}
    ids = {e["id"] for e in data["entities"]}
    for e in data["entities"]:
        assert set(e) == {"id", "name", "type", "aliases", "affiliations"}
    texts = {d.document.id: d.document.text for d in karachi_analysed}
    for a in data["allegations"]:
        assert set(a) == ALLEGATION_KEYS and set(a["accused"]) <= ids
        for q in a["quantities"]:
            assert {"unit", "date", "source", "document_id"} <= set(q)
            assert "value" in q or {"low", "high"} <= set(q)
        for e in a["events"]:
            assert set(e) == EVENT_KEYS
            assert texts[e["document_id"]][e["start"] : e["end"]] == e["quote"]


def test_filters_and_table(db: str) -> None:
    result = runner.invoke(app, ["ledger", "--db", db, "--format", "json", "--entity",
                                 "Uzair Jan Baloch", "--status", "acquitted"])  # fmt: skip
    data = json.loads(result.output)
    assert data["allegations"] and all(a["status"] == "acquitted" for a in data["allegations"])
    table = runner.invoke(app, ["ledger", "--db", db, "--entity", "PAC"])
    assert table.exit_code == 0
    csv = runner.invoke(app, ["ledger", "--db", db, "--format", "csv"])
    assert csv.output.startswith("allegation_id,accused,act,status")


def test_entity_explains(db: str) -> None:
    result = runner.invoke(app, ["entity", "Uzair Jan Baloch", "--db", db])
    assert result.exit_code == 0
    assert "Uzair Baloch" in result.output and "middle name" in result.output


def test_exports(db: str, tmp_path: Path) -> None:
    reviews = json.loads(
        runner.invoke(app, ["export", "--format", "claimreview", "--db", db]).output
    )
    assert reviews and all(r["@type"] == "ClaimReview" for r in reviews)
    assert {r["reviewRating"]["alternateName"] for r in reviews} >= {"convicted", "acquitted"}
    out = tmp_path / "ftm.jsonl"
    result = runner.invoke(app, ["export", "--format", "ftm", "--db", db, "--output", str(out)])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert {"Person", "Organization", "Membership", "Event"} <= {r["schema"] for r in rows}
