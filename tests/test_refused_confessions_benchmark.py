"""``benchmarks/refused_confessions.py``: the words of refusing or negating it counts by, the
tally, and held-out sets refused (``court_sets.open_sets``)."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.test_benchmarks import BENCHMARKS, load_benchmark


@pytest.fixture
def refused(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    # the tool imports its neighbours (``court``, ``court_sets``) as a script does
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    return load_benchmark("refused_confessions")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Aune refused to make a statement to detectives.", "refused"),
        ("Aune would not give investigators any statement.", "would not"),
        ("Aune chose to remain silent at the station.", "remain silent"),
        ("Aune made no statement after her arrest.", "no statement"),
        ("Aune confessed to detectives after her arrest.", None),
    ],
)
def test_refusing_words(refused: ModuleType, sentence: str, word: str | None) -> None:
    assert refused.refusing(sentence) == word


def test_tally(refused: ModuleType) -> None:
    rows = [
        {"refusing": "refused", "gold": False},
        {"refusing": "never", "gold": True},
        {"refusing": None, "gold": True},
    ]
    assert refused.tally(rows) == {
        "confessions": 3,
        "refusing": 2,
        "refusing_gold": 1,
        "refusing_not_gold": 1,
    }


def test_a_held_out_set_is_refused(refused: ModuleType) -> None:
    with pytest.raises(SystemExit):
        refused.main(["--sets", "h34"])
