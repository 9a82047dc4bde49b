"""benchmarks/update_growth.py: another case's reports added to each size's store, the hook's
CPU seconds and how the update went per addition; ``--check`` reports an update made wrong;
``--reads`` adds ``audit`` and ``ledger``; ``--profile`` one file per report at the largest
size. A tiny store of invented reports (``tests/court_stores.py``)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from spacy.language import Language

from corroborate.ledger.store import update
from tests.court_stores import CourtStores, court_stores, dropping_a_record
from tests.test_benchmarks import BENCHMARKS, assert_every_option_has_help, load_benchmark

OPTIONS = ["source", "corpus", "new", "--sizes", "--held", "--repeat", "--check", "--reads",
           "--profile", "--json"]  # fmt: skip
FIELDS = {"id", "hook_cpu_s", "tries_cpu_s", "apart", "unreached", "stepped", "reached", "equal"}


@pytest.fixture(scope="module")
def stores(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> CourtStores:
    return court_stores(nlp, tmp_path_factory.mktemp("growth"))


@pytest.fixture
def growth(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # it imports scale_stores beside it
    return load_benchmark("update_growth")


def _argv(stores: CourtStores, out: Path, *more: str) -> list[str]:
    return [str(stores.source), str(stores.corpus), str(stores.new), "--sizes", "2", "4",
            "--held", "2", "--repeat", "1", "--json", str(out), *more]  # fmt: skip


def test_help_names_every_option_and_each_has_help(
    growth: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        growth.main(["--help"])
    assert exited.value.code == 0
    assert_every_option_has_help(growth, OPTIONS, capsys.readouterr().out)


def test_each_addition_is_timed_and_checked_equal_to_a_rebuild(
    growth: ModuleType, stores: CourtStores, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert growth.main(_argv(stores, tmp_path / "out.json", "--check")) == 0
    figures = json.loads((tmp_path / "out.json").read_text())
    assert set(figures) == {"2", "4"}
    for added in figures.values():  # without --reads: the additions alone
        assert [a["id"] for a in added] == ["other-0", "other-1"]  # NEW's first --held
        for a in added:
            assert set(a) == FIELDS
            assert len(a["tries_cpu_s"]) == 1 and a["hook_cpu_s"] == a["tries_cpu_s"][0]
            assert "rebuilt" not in a and a["stepped"] >= 0
            assert a["equal"] is True
    printed = capsys.readouterr().out
    assert "2 reports: median hook" in printed and "4 reports: median hook" in printed
    assert "reads" not in printed


def test_reads_add_audit_and_ledger(
    growth: ModuleType, stores: CourtStores, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert growth.main(_argv(stores, tmp_path / "out.json", "--reads")) == 0
    figures = json.loads((tmp_path / "out.json").read_text())
    for one in figures.values():
        assert set(one) == {"added", "reads"}
        assert set(one["reads"]) == {"audit", "ledger"}
        assert all(seconds > 0 for seconds in one["reads"].values())
        assert all(set(a) == FIELDS and a["equal"] is None for a in one["added"])  # no --check
    assert capsys.readouterr().out.count("reads (median CPU s): {'audit': ") == 2


def test_an_update_made_wrong_fails_the_check(
    growth: ModuleType, stores: CourtStores, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(growth, "update", dropping_a_record(update))
    assert growth.main(_argv(stores, tmp_path / "out.json", "--check", "--reads")) == 1
    figures = json.loads((tmp_path / "out.json").read_text())
    assert [a["equal"] for one in figures.values() for a in one["added"]] == [False] * 4
    err = capsys.readouterr().err
    assert "not equal to a full rebuild: 2 reports: other-0" in err
    # unchecked, the same wrong update goes unseen
    assert growth.main(_argv(stores, tmp_path / "out.json")) == 0


def test_profile_writes_one_file_per_report_at_the_largest_size(
    growth: ModuleType, stores: CourtStores, tmp_path: Path
) -> None:
    prefix = tmp_path / "hook"
    assert growth.main(_argv(stores, tmp_path / "out.json", "--profile", str(prefix))) == 0
    assert sorted(p.name for p in tmp_path.glob("hook.*")) == ["hook.other-0", "hook.other-1"]
    figures = json.loads((tmp_path / "out.json").read_text())
    assert all(len(a["tries_cpu_s"]) == 1 for one in figures.values() for a in one)
