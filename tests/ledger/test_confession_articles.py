"""Confessions and procedural steps told over a whole article: each invented mini-article of
``data/confession_articles.json`` and ``data/setting_articles.json`` (where a confession was
made, and its retraction) through the per-document stage and the ledger, asking of each person
what the court benchmark's scorer asks - accused in it, a confession event with the right
setting, a retraction event when retracted, any event when charged or arrested - and that
victims, judges and lawyers are not accused. Articles not read yet are
``xfail(strict=True)``, so a fix shows up."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from corroborate.records import Ledger
from tests.ledger.invented import invented_ledger
from tests.ledger.inventory import (
    events_against,
    expected_people,
    family_id,
    load_articles,
    xfail_params,
)

_ARTICLES = load_articles("confession_articles.json", "setting_articles.json")


def _reading(ledger: Ledger, person: str, want: dict[str, Any]) -> dict[str, Any]:
    events = events_against(ledger, [person])
    got: dict[str, Any] = {"accused": events is not None}
    if "confession" in want:
        settings = {e.setting for e in events or [] if e.kind == "confession"}
        got["confession"] = (
            want["confession"]
            if want["confession"] in settings
            else sorted(str(s) for s in settings)
        )
    if "retraction" in want:
        got["retraction"] = any(e.kind == "retraction" for e in events or [])
    if want.get("charged"):
        got["charged"] = bool(events)
    return got


@pytest.mark.parametrize("article", xfail_params(_ARTICLES, family_id))
def test_confession_article(nlp: Language, article: dict[str, Any]) -> None:
    ledger, _ = invented_ledger(nlp, article["text"])
    found = {p: _reading(ledger, p, want) for p, want in article["expect"].items()}
    found |= {p: {"accused": events_against(ledger, [p]) is not None} for p in article["none"]}
    assert found == expected_people(article)


def test_every_article_expects_someone() -> None:
    for article in _ARTICLES:
        assert article["expect"], article["text"]
        assert not set(article["expect"]) & set(article["none"]), article["text"]
