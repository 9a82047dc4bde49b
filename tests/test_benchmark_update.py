"""benchmarks/update.py: documents taken out of a store and put back one at a time, each update
checked equal to a full rebuild; an update made wrong fails the run (exit 1, each document
named on stderr) instead of stopping at the first with a traceback or passing unseen. A tiny
store of invented reports (``tests/court_stores.py``)."""

from __future__ import annotations

import json
from types import ModuleType

import pytest
from spacy.language import Language

from corroborate.ledger.store import update
from tests.court_stores import CourtStores, court_stores, dropping_a_record
from tests.test_benchmarks import BENCHMARKS, assert_every_option_has_help, load_benchmark

OPTIONS = ["stores", "--sample", "--repeat", "--json"]


@pytest.fixture(scope="module")
def stores(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> CourtStores:
    return court_stores(nlp, tmp_path_factory.mktemp("update"))


@pytest.fixture
def bench(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # it imports timing beside it
    module = load_benchmark("update")
    monkeypatch.setattr(module, "load_pipeline", lambda: nlp)  # the session's pipeline
    return module


def _argv(stores: CourtStores) -> list[str]:
    return [str(stores.source), "--sample", "2", "--repeat", "1", "--json"]


def test_help_names_every_option_and_each_has_help(
    bench: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        bench.main(["--help"])
    assert exited.value.code == 0
    assert_every_option_has_help(bench, OPTIONS, capsys.readouterr().out)


def test_each_document_put_back_is_checked_and_the_run_passes(
    bench: ModuleType, stores: CourtStores, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(_argv(stores)) == 0
    out, err = capsys.readouterr()
    figures = json.loads(out)["source.db"]
    assert figures["applies"]["documents"] == 2
    assert sum(figures["applies"]["outcomes"].values()) == 2
    assert set(figures["cost"]) == {"update_s", "rebuild_s", "ratio", "reasons"}
    assert "not equal" not in err


def test_an_update_made_wrong_fails_the_run_naming_each_document(
    bench: ModuleType, stores: CourtStores,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(bench, "update", dropping_a_record(update))
    assert bench.main(_argv(stores)) == 1  # every document checked, none stops the run
    out, err = capsys.readouterr()
    assert json.loads(out)["source.db"]["applies"]["documents"] == 2  # the figures still out
    named = [line for line in err.splitlines() if line.startswith("not equal to a full")]
    # the store's four reports sorted, two spread evenly: the first and the third
    assert [line.split(": ")[1:3] for line in named] == [
        ["source.db", "case-0"], ["source.db", "case-2"]
    ]  # fmt: skip
    assert all(len(line.split(": ")) > 3 for line in named)  # with the first difference


def test_without_a_sample_only_the_cost_is_run_and_nothing_is_checked(
    bench: ModuleType, stores: CourtStores,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(bench, "update", dropping_a_record(update))
    argv = [str(stores.source), "--sample", "0", "--repeat", "1"]
    assert bench.main(argv) == 0  # the cost's update is timed, not checked
    out, err = capsys.readouterr()
    assert "an unrelated report: update" in out and "updated" not in out and not err
