"""benchmarks/miss_lists.py: the missed retractions and denials it adds to the scorer's details,
found as the scorer finds them (an invented gold article and ledger)."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.test_benchmarks import BENCHMARKS, load_benchmark


@pytest.fixture
def miss_lists(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # its siblings court.py and court_sets.py
    return load_benchmark("miss_lists")


def test_flags_missed(miss_lists: ModuleType) -> None:
    scorer = miss_lists.load_scorer()
    docs = [
        {
            "id": "a1",
            "gold": {
                "accused": [
                    {"name": "Tariq Aslam", "retracted": True, "denied": True},
                    {"name": "Nadia Perveen", "retracted": True},
                    {"name": "Owais Khan", "denied": True},
                ],
                "not_accused": [],
            },
        }
    ]
    ledger = {
        "entities": [
            {"id": "e1", "name": "Tariq Aslam", "aliases": []},
            {"id": "e2", "name": "Nadia Perveen", "aliases": []},
        ],
        "allegations": [
            {"accused": ["e1"], "events": [{"kind": "denial", "document_id": "a1"}]},
            {"accused": ["e2"], "events": [{"kind": "retraction", "document_id": "a1"}]},
        ],
    }
    assert miss_lists.flags_missed(scorer, docs, ledger) == [
        "a1: Tariq Aslam: retraction missed",
        "a1: Owais Khan: denial missed (accused not found)",
    ]


def test_held_out_refused(miss_lists: ModuleType, tmp_path: object) -> None:
    with pytest.raises(SystemExit, match="not an open set"):
        miss_lists.main([str(tmp_path), "--sets", "h33"])
