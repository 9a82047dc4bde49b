"""benchmarks/update_described.py: per size, the untied store and its twin with none, each kind
of addition timed, how it went, and checked equal to a full rebuild - a check that reports an
update made wrong. A tiny store of invented reports (``tests/court_stores.py``)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from types import ModuleType

import pytest
from spacy.language import Language

from corroborate.ledger.build import build_ledger
from corroborate.ledger.store import update
from tests.court_stores import CourtStores, court_stores, dropping_a_record
from tests.test_benchmarks import BENCHMARKS, assert_every_option_has_help, load_benchmark

OPTIONS = ["source", "corpus", "--sizes", "--new", "--held", "--repeat", "--no-check", "--json"]
KINDS = {"untied last", "describing last", "another case"}


@pytest.fixture(scope="module")
def stores(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> CourtStores:
    return court_stores(nlp, tmp_path_factory.mktemp("described"))


@pytest.fixture
def described(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # it imports scale_stores beside it
    return load_benchmark("update_described")


def _argv(stores: CourtStores, out: Path, *more: str) -> list[str]:
    return [str(stores.source), str(stores.corpus), "--sizes", "3", "4", "--new",
            str(stores.new), "--held", "1", "--repeat", "1", "--json", str(out), *more]  # fmt: skip


def test_help_names_every_option_and_each_has_help(
    described: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        described.main(["--help"])
    assert exited.value.code == 0
    assert_every_option_has_help(described, OPTIONS, capsys.readouterr().out)


def test_each_size_times_each_kind_on_both_twins_equal_to_a_rebuild(
    described: ModuleType, stores: CourtStores, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    before = hashlib.sha256(stores.source.read_bytes()).hexdigest()
    assert described.main(_argv(stores, tmp_path / "out.json")) == 0
    figures = json.loads((tmp_path / "out.json").read_text())
    assert set(figures) == {"3", "4"}
    untied = {d.document.id for d in stores.stored if any(c.described for c in d.claims)}
    assert untied == {"case-2"}
    joined = {(e.kind, e.document_id) for a in build_ledger(stores.stored).allegations
              for e in a.events if e.inferred == "description_named_elsewhere"}  # fmt: skip
    assert ("retraction", "case-2") in joined  # what the benchmark measures is in the store
    for size, one in figures.items():
        assert one["documents"] == int(size)
        assert one["untied_claims"] >= 1  # the twin with none lost them
        assert set(one["kinds"]) == KINDS
        for twins in one["kinds"].values():
            assert set(twins) == {"untied", "none"}
            for added in twins.values():
                assert len(added) == 1  # --held 1
                a = added[0]
                assert set(a) == {"id", "hook_s", "hook_cpu_s", "how", "equal"}
                assert a["hook_s"] >= 0 and a["hook_cpu_s"] >= 0
                assert a["how"] in {"added", "by delta"} or a["how"].startswith("whole: ")
                assert a["equal"] is True
        assert one["kinds"]["untied last"]["untied"][0]["id"] in untied
        assert one["kinds"]["describing last"]["untied"][0]["id"] not in untied
        assert one["kinds"]["another case"]["none"][0]["id"] == "other-0"
    printed = capsys.readouterr().out
    assert "3 reports (" in printed and "4 reports (" in printed
    assert printed.count("equal to a rebuild: True") == 2 * len(KINDS)
    assert hashlib.sha256(stores.source.read_bytes()).hexdigest() == before  # copies only


def test_an_update_made_wrong_fails_the_check(
    described: ModuleType, stores: CourtStores, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(described, "update", dropping_a_record(update))
    assert described.main(_argv(stores, tmp_path / "out.json")) == 1
    figures = json.loads((tmp_path / "out.json").read_text())
    checked = [a["equal"] for one in figures.values() for twins in one["kinds"].values()
               for added in twins.values() for a in added]  # fmt: skip
    assert checked and not any(checked)
    out, err = capsys.readouterr()
    assert "equal to a rebuild: False" in out and "True" not in out
    assert "not equal to a full rebuild: 3 reports, untied last, untied: case-2" in err


def test_no_check_checks_nothing(
    described: ModuleType, stores: CourtStores, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(described, "update", dropping_a_record(update))
    argv = [str(stores.source), str(stores.corpus), "--sizes", "4", "--held", "1",
            "--repeat", "1", "--no-check", "--json", str(tmp_path / "out.json")]  # fmt: skip
    assert described.main(argv) == 0  # unchecked, so the wrong update goes unseen
    one = json.loads((tmp_path / "out.json").read_text())["4"]
    assert one["kinds"]["another case"] == {"untied": [], "none": []}  # no --new
    assert all(a["equal"] is None for k in ("untied last", "describing last")
               for added in one["kinds"][k].values() for a in added)  # fmt: skip
    assert "equal to a rebuild: not checked" in capsys.readouterr().out
