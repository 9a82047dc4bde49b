"""Pakistani crime and court reports, read for who is accused and who is the victim: each
invented mini-article of ``data/pakistan_articles.json`` through the per-document stage and the
ledger, asking of each person what the court benchmark's scorer asks - accused in it, with the
court outcome the article reports - and that victims, relatives, complainants, police officers,
judges, prosecutors and lawyers are not accused. Articles not read yet are
``xfail(strict=True)``, so a fix shows up."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest
from spacy.language import Language

from corroborate.records import Event, Ledger
from tests.ledger.invented import invented_ledger
from tests.ledger.inventory import (
    events_against,
    expected_people,
    family_id,
    load_articles,
    words,
    xfail_params,
)

_ARTICLES = load_articles("pakistan_articles.json")

# The scorer's families: a sentence is a conviction, an appeal court's acquittal overturns.
_FAMILY = {"sentenced": "convicted", "discharged": "acquitted", "quashed": "overturned"}
_ACCEPTED = {"overturned": {"overturned", "acquitted"}}
# Titles the scorer drops before comparing names.
_TITLES = {"mr", "mrs", "ms", "dr", "justice", "judge", "ssp", "sp", "dsp", "sho", "inspector"}


def _events_against(ledger: Ledger, names: list[str]) -> list[Event] | None:
    """As the scorer matches names here: titles dropped ("SHO Tariq Awan" is "Tariq Awan")."""
    return events_against(ledger, names, name_words=partial(words, titles=_TITLES))


def _reading(ledger: Ledger, names: list[str], want: dict[str, Any]) -> dict[str, Any]:
    events = _events_against(ledger, names)
    got: dict[str, Any] = {"accused": events is not None}
    if "outcome" in want:
        wanted = want["outcome"] if isinstance(want["outcome"], list) else [want["outcome"]]
        outcomes = {
            _FAMILY.get(str(e.outcome), str(e.outcome))
            for e in events or []
            if e.kind == "ruling" and e.outcome
        }
        accepted = {x for w in wanted for x in _ACCEPTED.get(w, {w})}
        got["outcome"] = want["outcome"] if accepted & outcomes else sorted(outcomes)
    return got


@pytest.mark.parametrize("article", xfail_params(_ARTICLES, family_id))
def test_pakistan_article(nlp: Language, article: dict[str, Any]) -> None:
    ledger, _ = invented_ledger(nlp, article["text"])
    also = article.get("also", {})
    found = {p: _reading(ledger, [p, *also.get(p, [])], w) for p, w in article["expect"].items()}
    found |= {p: {"accused": _events_against(ledger, [p]) is not None} for p in article["none"]}
    assert found == expected_people(article)


def test_every_article_expects_someone() -> None:
    for article in _ARTICLES:
        assert article["expect"], article["text"]
        assert not set(article["expect"]) & set(article["none"]), article["text"]
        assert set(article.get("also", {})) <= set(article["expect"]), article["text"]
