"""Pakistani crime and court reports, read for who is accused and who is the victim: each
invented mini-article of ``data/pakistan_articles.json`` through the per-document stage and the
ledger, asking of each person what the court benchmark's scorer asks - accused in it, with the
court outcome the article reports - and that victims, relatives, complainants, police officers,
judges, prosecutors and lawyers are not accused. Articles not read yet are
``xfail(strict=True)``, so a fix shows up."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from corroborate.records import Event, Ledger
from tests.ledger.invented import invented_ledger

_ARTICLES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "pakistan_articles.json").read_text(encoding="utf-8")
)["articles"]

# The scorer's families: a sentence is a conviction, an appeal court's acquittal overturns.
_FAMILY = {"sentenced": "convicted", "discharged": "acquitted", "quashed": "overturned"}
_ACCEPTED = {"overturned": {"overturned", "acquitted"}}
# Titles the scorer drops before comparing names.
_TITLES = {"mr", "mrs", "ms", "dr", "justice", "judge", "ssp", "sp", "dsp", "sho", "inspector"}


def _words(name: str) -> frozenset[str]:
    words = name.lower().replace(".", " ").split()
    while words and words[0] in _TITLES:
        words = words[1:]
    return frozenset(words)


def _stands_for(names: list[str], have_names: list[str]) -> bool:
    """The scorer's test: a name equal to one of the person's, or, two words or more each,
    one's words all among the other's ("Sikandar" is not "Sikandar Jatoi"; "Tariq Awan" is
    "Malik Tariq Awan")."""
    for person in names:
        want = _words(person)
        for name in have_names:
            have = _words(name)
            if have == want or (
                len(have) >= 2 and len(want) >= 2 and (have <= want or want <= have)
            ):
                return True
    return False


def _events_against(ledger: Ledger, names: list[str]) -> list[Event] | None:
    """Events on allegations accusing an entity that stands for the person; None when nobody
    among the accused does."""
    accused = {a for allegation in ledger.allegations for a in allegation.accused}
    ids = {
        e.id
        for e in ledger.entities
        if e.id in accused and _stands_for(names, [e.name, *(x.name for x in e.aliases)])
    }
    if not ids:
        return None
    return [ev for al in ledger.allegations if ids & set(al.accused) for ev in al.events]


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
def test_pakistan_article(nlp: Language, article: dict[str, Any]) -> None:
    ledger, _ = invented_ledger(nlp, article["text"])
    also = article.get("also", {})
    found = {p: _reading(ledger, [p, *also.get(p, [])], w) for p, w in article["expect"].items()}
    found |= {p: {"accused": _events_against(ledger, [p]) is not None} for p in article["none"]}
    assert found == {p: {"accused": True} | w for p, w in article["expect"].items()} | {
        p: {"accused": False} for p in article["none"]
    }


def test_every_article_expects_someone() -> None:
    for article in _ARTICLES:
        assert article["expect"], article["text"]
        assert not set(article["expect"]) & set(article["none"]), article["text"]
        assert set(article.get("also", {})) <= set(article["expect"]), article["text"]
