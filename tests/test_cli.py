"""The command line: output contract, one-line errors, exit codes.

Extraction itself is replaced by a fake here: these tests are about the command line, and
must not wait for (or depend on the results of) the real pipeline.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from corroborate import evaluate, extract
from corroborate.cli import app
from corroborate.errors import CorroborateError
from corroborate.nlp import pipeline
from corroborate.records import Attribution, Document

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()


def fake_extract(
    documents: Iterable[Document], nlp: Any = None, *, batch_size: int = 16
) -> Iterator[tuple[Document, list[Attribution]]]:
    """One attribution per document: the whole text as content, its first word as cue."""
    for doc in documents:
        cue_end = len(doc.text.split()[0])
        yield doc, [Attribution(source=[], cue=[(0, cue_end)], content=[(0, len(doc.text))])]


# The real loader, for the tests that need the real pipeline (info).
REAL_LOAD_PIPELINE = pipeline.load_pipeline


@pytest.fixture(autouse=True)
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "load_pipeline", lambda model=None, attribution=None: object())
    monkeypatch.setattr(extract, "extract_documents", fake_extract)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = tmp_path / "data.jsonl"
    path.write_text(
        '{"id": "a", "text": "Police said three were held."}\n'
        '{"id": 7, "text": "Ministers denied it.", "outlet": "Dawn"}\n'
    )
    return path


def assert_one_line_error(result: Any, *expected: str) -> None:
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for text in expected:
        assert text in lines[0]


def test_extract_to_stdout(data: Path) -> None:
    result = runner.invoke(app, ["extract", str(data)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "7"]  # input order; ids always strings
    assert rows[0]["attributions"][0]["cue"] == [[0, 6]]
    assert set(rows[0]["attributions"][0]) == {
        "source",
        "cue",
        "content",
        "source_name",
        "kind",
        "setting",
        "target",
        "quantities",
    }
    assert result.stderr == ""  # no bar and no chatter when stderr is not a terminal


def test_extract_to_output_file(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(data), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert len(out.read_text().splitlines()) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.jsonl", "out.jsonl"]


def test_extract_from_stdin(data: Path) -> None:
    result = runner.invoke(app, ["extract"], input=data.read_text())
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 2


def test_bad_line_stops_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": "fine"}\n{"id": 2, "text": }\n')
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(path), "-o", str(out)])
    assert_one_line_error(result, f"{path}:2:", "--skip-errors")
    assert not out.exists()  # the whole file is checked before anything is written


def test_bad_stdin_line_keeps_earlier_output() -> None:
    result = runner.invoke(app, ["extract"], input='{"id": 1, "text": "fine"}\n[]\n')
    assert_one_line_error(result, "<stdin>:2:")
    assert len(result.stdout.splitlines()) == 1  # as the help text documents


def test_skip_errors_continues_and_reports(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": "one"}\n{"id": 2}\n{"id": 3, "text": "three"}\n')
    result = runner.invoke(app, ["extract", str(path), "--skip-errors"])
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["1", "3"]
    assert f"skipped {path}:2: " in result.stderr
    assert "1 skipped" in result.stderr


def test_failure_leaves_previous_output_alone(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(documents: Iterable[Document], nlp: Any = None, *, batch_size: int = 16) -> Any:
        yield from fake_extract(list(documents)[:1])
        raise CorroborateError("the pipeline broke")

    monkeypatch.setattr(extract, "extract_documents", failing)
    out = tmp_path / "out.jsonl"
    out.write_text("previous results\n")
    result = runner.invoke(app, ["extract", str(data), "-o", str(out)])
    assert_one_line_error(result, "the pipeline broke")
    assert out.read_text() == "previous results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.jsonl", "out.jsonl"]


def test_output_must_not_be_an_input(data: Path) -> None:
    result = runner.invoke(app, ["extract", str(data), "-o", str(data)])
    assert_one_line_error(result, "also an input")


def test_keyboard_interrupt_exits_130(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "load_pipeline", interrupted)
    result = runner.invoke(app, ["extract", str(data)])
    assert result.exit_code == 130
    assert "Traceback" not in result.stderr


def test_batch_size_must_be_positive(data: Path) -> None:
    result = runner.invoke(app, ["extract", str(data), "--batch-size", "0"])
    assert result.exit_code == 2  # a usage error, from the option's own check


def test_info_json(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    monkeypatch.setattr(pipeline, "load_pipeline", REAL_LOAD_PIPELINE)
    result = runner.invoke(app, ["info", "--json"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout)
    assert {"version", "spacy_model", "spacy_version", "components", "attribution_model"} <= set(
        info
    )
    assert info["spacy_version"] == spacy.__version__
    # The name is one spacy.load accepts in this environment, as outside checks rely on.
    assert spacy.load(info["spacy_model"]).pipe_names
    assert "corroborate_attribution" in info["components"]
    assert info["attribution_model"]["version"] and info["attribution_model"]["trained_on"]


def scorer_path() -> Path:
    try:
        return evaluate.locate_scorer()
    except CorroborateError:
        pytest.skip("the official scorer (../shared/tools/score_attributions.py) is not here")


def test_eval_prints_what_the_scorer_prints(data: Path, tmp_path: Path) -> None:
    scorer = scorer_path()
    pred = tmp_path / "pred.jsonl"
    result = runner.invoke(app, ["eval", str(data), "--output", str(pred)])
    assert result.exit_code == 0, result.output
    official = subprocess.run(
        [sys.executable, str(scorer), str(data), str(pred)], capture_output=True, text=True
    )
    assert result.stdout == official.stdout
    assert "triple soft F1" in result.stdout.splitlines()[-1]


def test_eval_json(data: Path) -> None:
    scorer_path()
    result = runner.invoke(app, ["eval", str(data), "--json"])
    assert result.exit_code == 0, result.output
    assert "triple_soft_f1" in json.loads(result.stdout)


def test_eval_without_scorer(data: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(data), "--scorer", str(tmp_path / "nope.py")])
    assert_one_line_error(result, "--scorer")


def test_eval_with_wrong_script(data: Path, tmp_path: Path) -> None:
    script = tmp_path / "other.py"
    script.write_text("x = 1\n")
    result = runner.invoke(app, ["eval", str(data), "--scorer", str(script)])
    assert_one_line_error(result, "not the attribution scorer")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command in a fresh process: the way users meet it, fakes and all bypassed."""
    return subprocess.run(
        [sys.executable, "-m", "corroborate", *args], capture_output=True, text=True, cwd=REPO
    )


def test_real_process_missing_file() -> None:
    result = run("extract", "no/such/file.jsonl")
    assert result.returncode == 1
    assert result.stderr.strip() == "error: no/such/file.jsonl: no such file; check the path"
    assert result.stdout == ""


def test_real_process_missing_model() -> None:
    result = run("info", "--spacy-model", "no_such_corroborate_model")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "no_such_corroborate_model" in result.stderr and "--spacy-model" in result.stderr
