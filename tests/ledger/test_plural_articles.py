"""Mini-articles of court reporting from the UK, Ireland, the US, Australia, Kenya and
Nigeria built on plural and collective reference (a plural lede whose people are named
after it, lists with ages and towns, "the pair", "the couple", "each", "both", "his
co-accused", "the others were cleared", "the gang's leader"), written blind before the
reader was read, in the court-reports gold format (``data/plural_articles.jsonl``; score
them with ``benchmarks/court.py --gold``). Each is ingested into a temporary store through
the real pipeline and its ledger asked, person by person: is each gold accused accused in
that article, with the gold court outcome (``sentenced`` counts as convicted, as the
scorer counts it), and is no victim, judge or official accused? An article the ledger does
not yet read carries ``xfail`` (its reason), run as ``xfail(strict=True)``."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from tests.ledger.inventory import (
    DATA,
    gold_expected,
    gold_ledger_fixture,
    gold_reading,
    load_gold,
    words,
    xfail_params,
)

ARTICLES = DATA / "plural_articles.jsonl"
_DOCS = load_gold(ARTICLES)
# the scorer's outcome families: a sentence is a conviction, a discharge an acquittal
_FAMILY = {"sentenced": "convicted", "discharged": "acquitted"}
# initials run together ("J.P." is "jp")
_words = partial(words, dot="")

ledger = gold_ledger_fixture(ARTICLES)


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_person_of_a_plural_article(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    assert gold_reading(doc, ledger, name_words=_words, family=_FAMILY) == gold_expected(doc)


def test_the_articles_name_accused_and_others() -> None:
    assert len(_DOCS) >= 20
    for doc in _DOCS:
        assert doc["gold"]["accused"], doc["id"]
        assert doc["text"].count(". ") >= 2, doc["id"]  # articles, not sentences
