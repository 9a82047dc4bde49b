"""benchmarks/scale.py's adding step: the last article's update is checked against the full
rebuild it already times, and an update made wrong fails the run (exit 1, the size and the
article named on stderr); it used to time that rebuild and check nothing. A tiny store of
invented reports (``tests/court_stores.py``) stands for dev; no throughput, no audit."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest
from spacy.language import Language

from corroborate.ledger.store import update
from tests.court_stores import CourtStores, court_stores, dropping_a_record
from tests.test_benchmarks import BENCHMARKS, assert_every_option_has_help, load_benchmark

OPTIONS = ["--dev", "--train", "--sizes", "--workers", "--repeat", "--skip-throughput",
           "--keep", "--json", "--stores", "--skip-audit", "--articles", "--extract-rounds",
           "--fresh-hook"]  # fmt: skip


@pytest.fixture(scope="module")
def stores(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> CourtStores:
    return court_stores(nlp, tmp_path_factory.mktemp("scale"))


@pytest.fixture
def bench(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # it imports its parts beside it
    module = load_benchmark("scale")
    monkeypatch.setattr(module, "load_pipeline", lambda: nlp)  # the session's pipeline
    return module


def _argv(stores: CourtStores, folder: Path) -> list[str]:
    """dev: the stored case, copied from ``--stores`` without the articles added back."""
    folder.mkdir()
    shutil.copyfile(stores.source, folder / "dev.db")
    corpus = str(stores.corpus)
    return ["--dev", corpus, "--train", corpus, "--sizes", "dev", "--stores", str(folder),
            "--skip-throughput", "--skip-audit", "--articles", "2", "--extract-rounds", "1",
            "--json"]  # fmt: skip


def test_help_names_every_option_and_each_has_help(
    bench: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        bench.main(["--help"])
    assert exited.value.code == 0
    assert_every_option_has_help(bench, OPTIONS, capsys.readouterr().out)


def test_the_last_addition_equal_to_its_rebuild_passes(
    bench: ModuleType, stores: CourtStores, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(_argv(stores, tmp_path / "stores")) == 0
    out, err = capsys.readouterr()
    result = json.loads(out)
    assert result["added"] == ["case-1", "case-3"]  # spread evenly, the last among them
    dev = result["sizes"]["dev"]
    assert dev["documents_before"] == 2 and dev["counts"]["documents"] == 3
    assert dev["rebuild_difference"] is None and not err


def test_an_update_made_wrong_fails_the_run(
    bench: ModuleType, stores: CourtStores, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    adding = sys.modules["scale_adding"]  # the module scale.py's grow is from
    monkeypatch.setattr(adding, "update", dropping_a_record(update))
    assert bench.main(_argv(stores, tmp_path / "stores")) == 1
    out, err = capsys.readouterr()
    assert json.loads(out)["sizes"]["dev"]["rebuild_difference"]  # the figures still out
    (line,) = err.splitlines()
    assert line.startswith("not equal to a full rebuild: dev, case-3: ")
