"""benchmarks/court_sets.py: short names of the gold files, and what a comparison reports."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.test_benchmarks import BENCHMARKS, load_benchmark


@pytest.fixture
def court_sets(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # its siblings court.py and user_errors.py
    return load_benchmark("court_sets")


@pytest.mark.parametrize(
    ("file_name", "short"),
    [
        ("invented-court-longform-dev.jsonl", "lf"),
        ("invented-court-longform-dev10.jsonl", "lf10"),
        ("invented-court-holdout.jsonl", "h1"),
        ("invented-court-holdout7.jsonl", "h7"),
        ("invented-court-common-law-fresh.jsonl", "fcl"),
        ("invented-court-south-asia-wire.jsonl", "saw"),
        ("invented-court-styles-fresh.jsonl", "fstyles"),
    ],
)
def test_short_names(court_sets: ModuleType, file_name: str, short: str) -> None:
    assert court_sets.short_name(Path(file_name)) == short


def test_every_invented_file_has_its_own_short_name(court_sets: ModuleType) -> None:
    sets = court_sets.known_sets()
    invented = sorted(court_sets.INVENTED.glob("invented-court-*.jsonl"))
    assert len(sets) == len(invented) + 1  # and the shared dev split
    assert sets["dev"].name == "dev.jsonl"


def test_compare_lists_only_what_moved(court_sets: ModuleType) -> None:
    def scored(recall: float, pakistan_outcome: float) -> dict[str, object]:
        groups = {
            "all": {"accused_recall": recall, "outcome_accuracy": 0.5},
            "pakistan": {"accused_recall": recall, "outcome_accuracy": pakistan_outcome},
        }
        return {"region": groups, "case": {"all": groups["all"]}}

    base, new = scored(0.7, 0.5), scored(0.8, 0.6)
    overall = court_sets.differences(base, new, None)
    assert len(overall) == 1 and "accused_recall" in overall[0] and "0.7 -> 0.8" in overall[0]
    by_region = court_sets.differences(base, new, "region")
    assert sum("pakistan" in line for line in by_region) == 2
    assert court_sets.differences(base, base, "region") == []
