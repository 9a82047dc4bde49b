"""benchmarks/court.py: regions and the per-group scoring over a gold file."""

from __future__ import annotations

import json
from pathlib import Path
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


def test_an_article_s_own_region_decides_over_its_case_name(court: ModuleType) -> None:
    class Scorer:
        @staticmethod
        def score(docs: list[dict[str, object]], ledger: object) -> tuple[dict[str, int], list]:
            return {"articles": len(docs)}, []

    docs = [{"id": "a", "case": "hyderabad-chit-fund", "region": "india/bangladesh/nepal"},
            {"id": "b", "case": "hyderabad-chit-fund"}]  # fmt: skip
    figures = court.score_by(Scorer, docs, {}, "region")
    assert figures["india/bangladesh/nepal"]["articles"] == 1
    assert figures["elsewhere"]["articles"] == 1


# The invented court reports (benchmarks/data/invented-court-*.jsonl) are gold files for
# ``court.py --gold``: they must be in the shared benchmark's format, and every name their
# gold gives must be written in its article, or the scorer can never find it.
_INVENTED = sorted((BENCHMARKS / "data").glob("invented-court-*.jsonl"))
_OUTCOMES = {"acquitted", "convicted", "upheld", "overturned", "proclaimed_offender", "bail",
             "remanded", "charged", "arrested", None}  # fmt: skip
_SETTINGS = {"custodial", "judicial", "public", None}
_REGIONS = {"pakistan", "india/bangladesh/nepal", "elsewhere"}
_ROLES = {"victim", "judge", "official", "other", "defence counsel", "relative", "witness",
          "prosecutor"}  # fmt: skip


@pytest.mark.parametrize("path", _INVENTED, ids=[p.name for p in _INVENTED])
def test_invented_court_reports_are_gold_in_the_benchmark_format(path: Path) -> None:
    """The invented court reports (``benchmarks/data/README.md``) as the shared scorer reads
    them: each line an article with its gold, each gold name written in its article, one
    spelling per person across a case, and no one both accused and not accused."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert rows and len({r["id"] for r in rows}) == len(rows)
    spellings: dict[tuple[str, str], str] = {}
    for row in rows:
        fields = {"id", "url", "outlet", "published", "title", "text", "case", "gold"}
        assert fields <= set(row) <= fields | {"region"}
        assert row.get("region", "elsewhere") in _REGIONS
        assert row["case"] and row["text"].strip() == row["text"]
        text, gold = row["text"], row["gold"]
        assert set(gold) == {"accused", "not_accused"}
        for person in gold["accused"]:
            assert set(person) == {"name", "also", "outcome", "confessed", "retracted", "denied"}
            assert person["outcome"] in _OUTCOMES and person["confessed"] in _SETTINGS
            assert isinstance(person["retracted"], bool) and isinstance(person["denied"], bool)
            assert any(n in text for n in [person["name"], *person["also"]]), person["name"]
            assert all(n in text for n in person["also"]), person["name"]
            for name in [person["name"], *person["also"]]:
                if " " in name:  # a full name stands for one person across the case
                    key = (row["case"], name)
                    assert spellings.setdefault(key, person["name"]) == person["name"], key
        for person in gold["not_accused"]:
            assert set(person) == {"name", "role"}, row["id"]
            # the name or a shorter form of it (the scorer matches "Lucy Njoroge" to "Lucy
            # Wanjiru Njoroge"): its last word is written at least
            assert person["role"] in _ROLES, person["name"]
            assert person["name"].split()[-1] in text, person["name"]
        accused = {p["name"] for p in gold["accused"]}
        assert not accused & {p["name"] for p in gold["not_accused"]}


def test_the_invented_court_reports_are_there() -> None:
    assert {p.name for p in _INVENTED} >= {
        "invented-court-common-law.jsonl",
        "invented-court-common-law-fresh.jsonl",
        "invented-court-south-asia-wire.jsonl",
        "invented-court-south-asia-wire-fresh.jsonl",
        "invented-court-styles.jsonl",
        "invented-court-styles-fresh.jsonl",
    }
