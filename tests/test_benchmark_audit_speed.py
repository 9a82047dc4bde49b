"""benchmarks/audit_speed.py: the audit timed two ways on two stores, and whether both ways
give the same audit; where they do not, the run exits 1 and names the store on stderr (it
used to print "same audit: False" and exit 0). A tiny store of invented reports
(``tests/court_stores.py``), its ledger built."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

import pytest
from spacy.language import Language

from corroborate.ledger.store import rebuild
from corroborate.store import open_store
from tests.court_stores import court_stores
from tests.test_benchmarks import BENCHMARKS, assert_every_option_has_help, load_benchmark

OPTIONS = ["--small", "--large", "--repeat", "--add", "--spacy-model", "--json"]


@pytest.fixture(scope="module")
def argv(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    stores = court_stores(nlp, tmp_path_factory.mktemp("audit"))
    for db in (stores.new, stores.source):
        with open_store(str(db)) as store:
            rebuild(store)
    return ["--small", str(stores.new), "--large", str(stores.source), "--repeat", "1"]


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # it imports timing beside it
    return load_benchmark("audit_speed")


def test_help_names_every_option_and_each_has_help(
    bench: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        bench.main(["--help"])
    assert exited.value.code == 0
    assert_every_option_has_help(bench, OPTIONS, capsys.readouterr().out)


def test_the_same_audit_both_ways_passes(
    bench: ModuleType, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(argv) == 0
    out, err = capsys.readouterr()
    assert out.count("same audit: True") == 2 and not err
    assert bench.main([*argv, "--json"]) == 0
    sizes = json.loads(capsys.readouterr().out)["sizes"]
    assert {n: s["documents"] for n, s in sizes.items()} == {"small": 2, "large": 4}


@pytest.mark.parametrize("json_out", [False, True])
def test_a_baseline_that_differs_fails_the_run(
    bench: ModuleType, argv: list[str], json_out: bool,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    real = bench.whole_store_audit

    def differing_on_the_large(store: Any) -> dict[str, Any]:
        audit: dict[str, Any] = real(store)
        return {**audit, "made": "wrong"} if store.counts()["documents"] == 4 else audit

    monkeypatch.setattr(bench, "whole_store_audit", differing_on_the_large)
    assert bench.main([*argv, "--json"] if json_out else argv) == 1
    out, err = capsys.readouterr()
    if not json_out:
        assert "same audit: True" in out and "same audit: False" in out
    assert err.splitlines() == ["not the same audit both ways: the large store"]
