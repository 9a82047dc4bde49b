"""Denials read at the level of an article (``data/denial_articles.json`` and the second
inventory ``data/denial_articles_unseen.json``): each invented
mini-article through the per-document stage and ``build_ledger`` alone, then asked as the
shared court scorer asks it: is the gold accused an accused entity of an allegation, and does
one of that entity's allegations carry a ``denial`` event of this article (``not_denied``: must
not). The guard articles
reject someone's account of being wronged: no one in them may be made accused by it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from corroborate.ledger.build import AnalysedDocument, build_ledger
from corroborate.records import Entity, Ledger
from tests.conftest import analyse_rows
from tests.ledger.inventory import xfail_params

_ARTICLES: list[dict[str, Any]] = [
    article
    for file in ("denial_articles.json", "denial_articles_unseen.json")
    for article in json.loads((Path(__file__).parent / "data" / file).read_text(encoding="utf-8"))[
        "articles"
    ]
]
# Titles the scorer ignores at the start of a name ("Mr Rind" is "Rind").
_TITLES = {"mr", "mrs", "ms", "dr", "justice", "judge", "the"}


def _words(name: str) -> list[str]:
    words = "".join(c if c.isalnum() else " " for c in name.lower()).split()
    while words and words[0] in _TITLES:
        words = words[1:]
    return words


def _stands_for(entity: Entity, name: str) -> bool:
    """As the scorer matches: one of the entity's names equals the gold name, or (both of two
    words or more) the words of one are all among the other's."""
    gold = _words(name)
    for written in [entity.name, *(a.name for a in entity.aliases)]:
        own = _words(written)
        if own == gold:
            return True
        if len(own) >= 2 and len(gold) >= 2 and (set(own) <= set(gold) or set(gold) <= set(own)):
            return True
    return False


def _kinds_by_accused(ledger: Ledger, name: str) -> set[str] | None:
    """The event kinds of the allegations accusing the entity that stands for ``name``, or
    None when no accused entity stands for it."""
    by_id = {e.id: e for e in ledger.entities}
    kinds: set[str] | None = None
    for allegation in ledger.allegations:
        if any(_stands_for(by_id[a], name) for a in allegation.accused):
            kinds = (kinds or set()) | {e.kind for e in allegation.events}
    return kinds


@pytest.fixture(scope="module")
def analysed(nlp: Language) -> dict[str, AnalysedDocument]:
    rows = [{"id": a["id"], "text": a["text"], "published": "2031-09-01"} for a in _ARTICLES]
    return {d.document.id: d for d in analyse_rows(nlp, rows)}


@pytest.mark.parametrize("article", xfail_params(_ARTICLES, lambda a: str(a["id"])))
def test_the_denial_is_the_accused_s(
    article: dict[str, Any], analysed: dict[str, AnalysedDocument]
) -> None:
    ledger = build_ledger([analysed[article["id"]]])
    for name in article["denied"]:
        kinds = _kinds_by_accused(ledger, name)
        assert kinds is not None, f"{name} is not accused"
        assert "denial" in kinds, f"{name} carries no denial: {sorted(kinds)}"
    for name in article["accused"]:
        assert _kinds_by_accused(ledger, name) is not None, f"{name} is not accused"
    for name in article.get("not_denied", []):
        kinds = _kinds_by_accused(ledger, name)
        assert kinds is not None, f"{name} is not accused"
        assert "denial" not in kinds, f"{name} carries a denial"
    for name in article["not_accused"]:
        assert _kinds_by_accused(ledger, name) is None, f"{name} is accused"
