"""benchmarks/court.py: regions and the per-group scoring over a gold file."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.test_benchmarks import BENCHMARKS, load_benchmark


@pytest.fixture
def court(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # its sibling user_errors.py, as when run
    return load_benchmark("court")


def test_regions_follow_case_names(court: ModuleType) -> None:
    assert court.region_of("uzair-baloch") == "pakistan"
    assert court.region_of("abrar-fahad-murder") == "india/bangladesh/nepal"
    assert court.region_of("amanda-knox") == "elsewhere"


def test_scores_overall_and_per_group(court: ModuleType) -> None:
    class Scorer:
        @staticmethod
        def score(docs: list[dict[str, object]], ledger: object) -> tuple[dict[str, int], list]:
            return {"articles": len(docs)}, []

    docs = [{"id": "a", "case": "uzair-baloch"}, {"id": "b", "case": "amanda-knox"},
            {"id": "c", "case": "uzair-baloch"}]  # fmt: skip
    figures = court.score_by(Scorer, docs, {}, "region")
    assert figures["all"]["articles"] == 3
    assert figures["pakistan"]["articles"] == 2 and figures["elsewhere"]["articles"] == 1
