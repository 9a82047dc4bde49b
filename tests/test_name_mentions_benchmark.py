"""benchmarks/name_mentions.py: a blind or unknown set is refused before anything is read."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.test_benchmarks import BENCHMARKS, load_benchmark


@pytest.fixture
def name_mentions(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # its sibling court_sets.py
    return load_benchmark("name_mentions")


@pytest.mark.parametrize("name", ["h33", "no-such-set"])
def test_blind_or_unknown_set_refused(name_mentions: ModuleType, name: str) -> None:
    with pytest.raises(SystemExit, match="not an open set"):
        name_mentions.main(["dev", name])
