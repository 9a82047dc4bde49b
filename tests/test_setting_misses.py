"""``benchmarks/setting_misses.py``: held-out sets refused (``court_sets.open_sets``)."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.test_benchmarks import BENCHMARKS, load_benchmark


@pytest.fixture
def setting_misses(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    # the tool imports its neighbours (``court``, ``court_sets``) as a script does
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    return load_benchmark("setting_misses")


def test_held_out_sets_are_not_open(setting_misses: ModuleType) -> None:
    names = setting_misses.chosen_open_sets(None)
    assert "h31" not in names and "h41" not in names  # still blind
    assert "h30" in names and "h1" in names  # opened in the forty-second session
    assert "lf22" in names  # written blind, opened by the lead after the first round


def test_a_held_out_set_is_refused(setting_misses: ModuleType) -> None:
    with pytest.raises(SystemExit):
        setting_misses.main(["--sets", "h34"])
