"""Confessions and procedural steps told over a whole article: each invented mini-article of
``data/confession_articles.json`` and ``data/setting_articles.json`` (where a confession was
made, and its retraction) through the per-document stage and the ledger, asking of each person
what the court benchmark's scorer asks - accused in it, a confession event with the right
setting, a retraction event when retracted, any event when charged or arrested - and that
victims, judges and lawyers are not accused. Articles not read yet are
``xfail(strict=True)``, so a fix shows up."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from corroborate.records import Event, Ledger
from tests.ledger.invented import invented_ledger

_ARTICLES: list[dict[str, Any]] = [
    article
    for name in ("confession_articles.json", "setting_articles.json")
    for article in json.loads((Path(__file__).parent / "data" / name).read_text(encoding="utf-8"))[
        "articles"
    ]
]


def _words(name: str) -> frozenset[str]:
    return frozenset(name.lower().replace(".", " ").split())


def _stands_for(person: str, names: list[str]) -> bool:
    """The scorer's test: a name equal to the person's, or, two words or more each, one's
    words all among the other's ("Shamim" is not "Shamim Reza"; "Gul Zaman" is)."""
    want = _words(person)
    for name in names:
        have = _words(name)
        if have == want or (len(have) >= 2 and len(want) >= 2 and (have <= want or want <= have)):
            return True
    return False


def _events_against(ledger: Ledger, person: str) -> list[Event] | None:
    """Events on allegations accusing the person's entity; None when nobody stands for them
    among the accused."""
    accused = {a for allegation in ledger.allegations for a in allegation.accused}
    ids = {
        e.id
        for e in ledger.entities
        if e.id in accused and _stands_for(person, [e.name, *(x.name for x in e.aliases)])
    }
    if not ids:
        return None
    return [ev for al in ledger.allegations if ids & set(al.accused) for ev in al.events]


def _reading(ledger: Ledger, person: str, want: dict[str, Any]) -> dict[str, Any]:
    events = _events_against(ledger, person)
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


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(
            a,
            marks=[pytest.mark.xfail(strict=True, reason=a["xfail"])] if "xfail" in a else [],
            id=f"{a['family']}:{a['text'][:40]}",
        )
        for a in _ARTICLES
    ],
)
def test_confession_article(nlp: Language, article: dict[str, Any]) -> None:
    ledger, _ = invented_ledger(nlp, article["text"])
    found = {p: _reading(ledger, p, want) for p, want in article["expect"].items()}
    found |= {p: {"accused": _events_against(ledger, p) is not None} for p in article["none"]}
    assert found == {p: {"accused": True} | w for p, w in article["expect"].items()} | {
        p: {"accused": False} for p in article["none"]
    }


def test_every_article_expects_someone() -> None:
    for article in _ARTICLES:
        assert article["expect"], article["text"]
        assert not set(article["expect"]) & set(article["none"]), article["text"]
