"""benchmarks/hook_phases.py: the hook's functions timed where they are called, the store
never written."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from spacy.language import Language

import corroborate.ledger.reached as reached
import corroborate.ledger.reached_join as reached_join
from corroborate.ingest import ingest_paths
from corroborate.ledger.store import rebuild
from corroborate.run import LocalRunner
from corroborate.store import open_store
from tests.test_benchmarks import BENCHMARKS, load_benchmark
from tests.test_ingest import rows, write_jsonl


def test_a_timed_function_is_replaced_where_it_was_imported_and_put_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    phases = load_benchmark("hook_phases")
    original = reached_join.reached_components
    assert reached.reached_components is original  # ``from ... import``: a second holder
    timer = phases.PhaseTimer()
    with phases.timed_functions(timer, ["corroborate.ledger.reached_join:reached_components"]):
        assert reached.reached_components is not original
        assert reached_join.reached_components is reached.reached_components
    assert reached.reached_components is original
    assert reached_join.reached_components is original


def test_a_method_is_timed_on_its_class_and_put_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    phases = load_benchmark("hook_phases")
    from corroborate.resolve.statistics import NameStatistics
    from corroborate.resolve.union import NameUnion

    of, add = vars(NameStatistics)["of"], vars(NameUnion)["add"]
    timer = phases.PhaseTimer()
    targets = ["corroborate.resolve.statistics:NameStatistics.of",
               "corroborate.resolve.union:NameUnion.add"]  # fmt: skip
    with phases.timed_functions(timer, targets):
        assert NameStatistics.of([]).counts == {}  # a class method, called on the class
        union = NameUnion()
        union.add(("person", "Imke Dorvan"))  # a method, called on an instance
        assert union.find(("person", "Imke Dorvan")) == ("person", "Imke Dorvan")
    assert timer.calls == {targets[0]: 1, targets[1]: 1}
    assert vars(NameStatistics)["of"] is of and vars(NameUnion)["add"] is add
    with pytest.raises(ValueError, match="is a class"):
        with phases.timed_functions(timer, ["corroborate.resolve.union:NameUnion"]):
            pass


def test_the_timer_counts_outermost_calls_and_their_cpu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    phases = load_benchmark("hook_phases")
    timer = phases.PhaseTimer()

    def countdown(n: int) -> int:
        return 0 if n == 0 else 1 + wrapped(n - 1)

    wrapped = timer.wrap("countdown", countdown)
    assert wrapped(3) == 3 and wrapped(2) == 2
    assert timer.calls["countdown"] == 2  # the recursive calls inside the outer ones

    def busy() -> None:
        sum(range(2_000_000))

    timer.wrap("busy", busy)()
    assert timer.seconds["busy"] > 0 and timer.calls["busy"] == 1


def test_hook_phases_times_the_hook_on_copies(
    tmp_path: Path,
    nlp: Language,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    phases = load_benchmark("hook_phases")
    written = rows(4)
    db = tmp_path / "store.db"
    with open_store(str(db)) as store:
        ingest_paths([write_jsonl(tmp_path / "kept.jsonl", written[:3])], store,
                     runner=LocalRunner(nlp))  # fmt: skip
        rebuild(store)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    added = write_jsonl(tmp_path / "added.jsonl", written[3:])
    targets = ["corroborate.ledger.store:update", "corroborate.ledger.update:plan"]
    argv = [str(db), str(added), "--rounds", "2", "--json"]
    assert phases.main([*argv, *(f"--function={t}" for t in targets)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert len(result["rounds"]) == 2
    for one in result["rounds"]:
        assert one["calls"] == {t: 1 for t in targets}  # each round adds the article anew
        # the hook holds the plan
        assert 0 < one["seconds"]["corroborate.ledger.update:plan"]
        assert one["seconds"]["corroborate.ledger.update:plan"] <= one["seconds"][targets[0]]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    # in words, the default phases
    assert phases.main([str(db), str(added), "--rounds", "1"]) == 0
    printed = capsys.readouterr().out
    assert all(t.partition(":")[2] in printed for t in phases.DEFAULT)
