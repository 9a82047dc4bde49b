"""benchmarks/errors.py: every gold attribution and every prediction lands in one class."""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def load_errors() -> ModuleType:
    return load_benchmark("errors")


def load_benchmark(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"benchmark_{name}", BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def assert_every_option_has_help(
    bench: ModuleType, options: set[str] | list[str] | tuple[str, ...], printed_help: str
) -> None:
    """A benchmark's ``--help`` names every option the test knows (``options``), its parser
    has no option the test does not know, and each has help text: a command without help
    fails its test."""
    assert all(option in printed_help for option in options)
    actions = [a for a in bench.build_parser()._actions if a.help != argparse.SUPPRESS]
    named = {a.option_strings[0] if a.option_strings else a.dest for a in actions}
    assert named == {*options, "-h"}, "an option the test does not know: add it to OPTIONS"
    assert all((a.help or "").strip() for a in actions)


def span(text: str, words: str) -> list[list[int]]:
    start = text.index(words)
    return [[start, start + len(words)]]


def test_each_attribution_lands_in_one_class() -> None:
    text = (
        "Ann said the port was closed. Bob told us the ferry was late. "
        "Cal wrote that rain fell on the hills all day. Dee felt cold."
    )

    def attribution(source: str, cue: str, content: str) -> dict[str, list[list[int]]]:
        return {
            "source": span(text, source),
            "cue": span(text, cue),
            "content": span(text, content),
        }

    gold = {
        "d": {
            "id": "d",
            "text": text,
            "attributions": [
                attribution("Ann", "said", "the port was closed"),
                attribution("Bob", "told", "the ferry was late"),
                attribution("Cal", "wrote", "rain fell on the hills all day"),
            ],
        }
    }
    predictions = {
        "d": {
            "attributions": [
                attribution("Ann", "said", "the port was closed"),  # right
                attribution("us", "told", "the ferry was late"),  # another source
                attribution("Cal", "wrote", "all day"),  # too short: boundary
                attribution("Dee", "felt", "cold"),  # touches no gold content
            ]
        }
    }
    counts = load_errors().classify(gold, predictions)
    assert counts == {
        "right": 1,
        "content right, another source": 1,
        "missed: content boundary wrong": 1,
        "extra: overlaps a gold content": 1,
        "extra: nothing overlaps": 1,
    }


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "2: not a line of JSON"),
        ('["d"]', '2: not an object with an "id"'),
        ('{"id": "e", "attributions": []}', "2: document 'e' is not in the gold file"),
        ('{"id": "d", "attributions": [{"cue": [[0, 999]]}]}', '2: attribution 1: "cue" range'),
    ],
)
def test_a_bad_prediction_line_is_one_line_of_error_and_status_1(
    tmp_path: Path, line: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "d", "text": "Ann said the port was closed."}) + "\n")
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text('{"id": "d", "attributions": []}\n' + line + "\n")
    errors = load_errors()
    status = load_benchmark("user_errors").run(
        lambda: errors.main([str(predictions), "--gold", str(gold)])
    )
    err = capsys.readouterr().err
    assert status == 1
    assert err.startswith(f"error: {predictions}:{message}") and err.count("\n") == 1


def load_enforcement(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # it imports user_errors beside it
    return load_benchmark("enforcement")


def test_enforcement_benchmark_checks_the_disagreement_label(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    enforcement = load_enforcement(monkeypatch)
    scorer = enforcement.load_scorer(enforcement.DEFAULT_SCORER)

    def article(doc_id: str, *figures: tuple[str, str, int]) -> dict[str, object]:
        gold = [{"group": g, "measure": m, "value": v} for g, m, v in figures]
        return {"id": doc_id, "briefing": "b", "text": "", "gold": {"figures": gold}}

    docs = [
        # Both give a total and its part alike: several values, no disagreement.
        article("a", ("none stated", "arrests", 848), ("none stated", "arrests", 95),
                ("Harbour League", "raids", 372)),
        article("b", ("none stated", "arrests", 848), ("none stated", "arrests", 95),
                ("Harbour League", "raids", 373)),
    ]  # fmt: skip
    values = [{"value": 372, "document_id": "a"}, {"value": 373, "document_id": "b"}]
    listed = {"group": "Harbour League", "measure": "raids", "values": values}
    audit = {"figures": [], "groups": [], "discrepancies": [listed]}
    assert enforcement.disagreement_recall(scorer, docs, audit) == 1.0
    assert enforcement.disagreement_recall(scorer, docs, {"discrepancies": []}) == 0.0
    assert enforcement.mislabelled(scorer, docs, audit) == 0
    # The same values labelled "several values": not counted as the outlets' disagreement.
    several = {**listed, "kind": "several values"}
    assert enforcement.disagreement_recall(scorer, docs, {"discrepancies": [several]}) == 0.0
    # The total and its part, which both give alike, labelled as a disagreement: mislabelled;
    # labelled as several values: not.
    parts = [{"value": v, "document_id": d} for d in "ab" for v in (848, 95)]
    total = {"group": "none stated", "measure": "arrests", "values": parts}
    for kind, wrong in (("outlets disagree", 1), ("several values", 0)):
        found = {"discrepancies": [{**total, "kind": kind}]}
        assert enforcement.mislabelled(scorer, docs, found) == wrong
    assert list(enforcement.by_briefing([*docs, {"id": "c", "briefing": None}])) == ["b", "c"]


def test_enforcement_benchmark_missing_gold_is_one_line_of_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    enforcement = load_enforcement(monkeypatch)
    missing = tmp_path / "nope.jsonl"
    status = load_benchmark("user_errors").run(lambda: enforcement.main(["--gold", str(missing)]))
    err = capsys.readouterr().err
    assert status == 1
    assert err.startswith(f"error: {missing}: no such gold file") and err.count("\n") == 1


def test_no_benchmark_script_shadows_a_standard_module() -> None:
    """A script's folder comes first on ``sys.path``: a ``benchmarks/html.py`` made every
    ``import html`` there (dask's, for one) load the benchmark instead of the standard
    library's module, and ``scale.py`` failed on start."""
    scripts = {p.stem for p in BENCHMARKS.glob("*.py")}
    assert "scale" in scripts
    assert not scripts & set(sys.stdlib_module_names)


def load_reads(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # reads.py imports user_errors beside it
    return load_benchmark("reads")


def test_reads_benchmark_times_a_child_and_gives_ratios(monkeypatch: pytest.MonkeyPatch) -> None:
    reads = load_reads(monkeypatch)
    wall, rss = reads.timed([sys.executable, "-c", "b = bytearray(60_000_000)"])
    assert wall > 0 and rss >= 60  # MB: the child's own peak, not this process's
    seconds = {"ledger": {"a": [1.0, 3.0, 2.0], "b": [4.0, 5.0, 6.0]}}
    result = reads._result(seconds, {"ledger": {"a": 100, "b": 150}}, ["a", "b"])
    assert result["ledger"]["b"] == {
        "median_s": 5.0,
        "runs_s": [4.0, 5.0, 6.0],
        "peak_rss_mb": 150,
        "ratio": 2.5,
        "rss_ratio": 1.5,
    }
    with pytest.raises(SystemExit, match="exit 3"):
        reads.timed([sys.executable, "-c", "raise SystemExit(3)"])


def test_reads_benchmark_missing_store_is_one_line_of_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = load_reads(monkeypatch)
    missing = tmp_path / "nope.db"
    status = load_benchmark("user_errors").run(lambda: reads.main(["--db", str(missing)]))
    assert status == 1
    assert (
        capsys.readouterr().err
        == f"error: {missing}: no such store; build one with corroborate ingest\n"
    )


def test_accused_pairs_lists_each_accused_once_per_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """benchmarks/accused_pairs.py: an allegation's accused with its events of each report,
    as the court scorer counts "accused in an article"."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # it imports user_errors beside it
    pairs_module = load_benchmark("accused_pairs")

    def event(doc: str, kind: str) -> dict[str, object]:
        return {"date": None, "kind": kind, "outcome": None, "setting": None, "source": None,
                "document_id": doc, "quote": f"{kind} in {doc}", "start": 0, "end": 1}  # fmt: skip

    ledger = {
        "entities": [{"id": "a", "name": "Ona Vell", "type": "person"},
                     {"id": "b", "name": "Port Union", "type": "organization"}],
        "allegations": [{"accused": ["a", "b"], "act": "arson",
                         "events": [event("r1", "allegation"), event("r2", "denial"),
                                    event("r1", "charge")]}],
    }  # fmt: skip
    pairs = pairs_module.accused_pairs(ledger)
    assert [p["key"] for p in pairs] == [
        "r1|Ona Vell", "r1|Port Union", "r2|Ona Vell", "r2|Port Union",
    ]  # fmt: skip
    assert [e["kind"] for e in pairs[0]["events"]] == ["allegation", "charge"]
    missing = tmp_path / "nope.json"
    status = load_benchmark("user_errors").run(lambda: pairs_module.main([str(missing)]))
    err = capsys.readouterr().err
    assert status == 1 and err.startswith(f"error: {missing}: ") and err.count("\n") == 1
