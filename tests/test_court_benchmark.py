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


_INVENTED = sorted((BENCHMARKS / "data").glob("invented-court-*.jsonl"))
_OUTCOMES = {"acquitted", "convicted", "upheld", "overturned", "proclaimed_offender", "bail",
             "remanded", "charged", "arrested", None}  # fmt: skip
_CONFESSIONS = {"custodial", "judicial", "public", None}


@pytest.mark.parametrize("path", _INVENTED, ids=[p.name for p in _INVENTED])
def test_invented_court_reports_are_in_the_gold_format(path: Path) -> None:
    """The invented court reports (``benchmarks/data/README.md``) as the shared scorer reads
    them: each line an article with its gold, each gold name written in its article (the
    scorer matches names, so a name the text never writes can never be found), one spelling
    per person across a case, and no one both accused and not accused."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert rows, path
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert set(row) == {"id", "url", "outlet", "published", "title", "text", "case", "gold"}
        text, gold = row["text"], row["gold"]
        assert set(gold) == {"accused", "not_accused"}, row["id"]
        for person in gold["accused"]:
            assert person["outcome"] in _OUTCOMES and person["confessed"] in _CONFESSIONS
            assert isinstance(person["retracted"], bool) and isinstance(person["denied"], bool)
            assert all(n in text for n in person["also"]), (row["id"], person["name"])
            assert any(n in text for n in [person["name"], *person["also"]]), row["id"]
        for person in gold["not_accused"]:
            assert set(person) == {"name", "role"}, row["id"]
        accused = {p["name"] for p in gold["accused"]}
        assert not accused & {p["name"] for p in gold["not_accused"]}, row["id"]
    # a person accused in two articles of a case keeps one spelling
    spellings: dict[tuple[str, str], str] = {}
    for row in rows:
        for person in row["gold"]["accused"]:
            for name in [person["name"], *person["also"]]:
                if " " in name:
                    key = (row["case"], name)
                    assert spellings.setdefault(key, person["name"]) == person["name"], key
