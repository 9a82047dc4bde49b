"""benchmarks/possessive_ties.py: how an opening "his" or "her" is classed against the
bearer of the subject before, and that a held-out set is refused."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.test_benchmarks import BENCHMARKS, load_benchmark


@pytest.fixture
def ties(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # its sibling court_sets.py
    return load_benchmark("possessive_ties")


@pytest.mark.parametrize(
    ("tie", "bearer", "cls"),
    [
        ("Lukas Novak", "Lukas Novak", "right"),
        ("Petr Dvorak", "Lukas Novak", "wrong"),
        (None, "Lukas Novak", "missing"),
        ("Petr Dvorak", None, "no-bearer"),
        (None, None, "no-bearer"),
    ],
)
def test_classify(ties: ModuleType, tie: str | None, bearer: str | None, cls: str) -> None:
    assert ties.classify(tie, bearer) == cls


def test_held_out_refused(ties: ModuleType) -> None:
    with pytest.raises(SystemExit):
        ties.main(["h31"])
