"""Court outcomes as reporters of many countries write them: each invented mini-article of
``data/outcome_articles.json`` through the per-document stage and the ledger, asking of each
accused what the court benchmark's scorer asks - a ruling event with the article's latest
legal step (a sentence counts as convicted; an appeal court's acquittal of someone convicted,
``overturned``, is also matched by ``acquitted``), or any event for ``charged`` and
``arrested``. Articles not read yet are ``xfail(strict=True)``, so a fix shows up."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from corroborate.records import Event, Ledger
from tests.ledger.invented import invented_ledger

_ARTICLES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "outcome_articles.json").read_text(encoding="utf-8")
)["articles"]

# The scorer's families of outcomes (score_ledger.FAMILY, ACCEPTED).
_FAMILY = {"sentenced": "convicted", "discharged": "acquitted", "exonerated": "acquitted"}
_FAMILY |= {"quashed": "overturned", "set_aside": "overturned", "indicted": "charged"}
_ACCEPTED = {"overturned": {"overturned", "acquitted"}}
_STEPS = {"charged", "arrested"}
_COURT = {"acquitted", "convicted", "upheld", "overturned", "proclaimed_offender", "bail"}
_COURT |= {"remanded"}


def _words(name: str) -> frozenset[str]:
    return frozenset(name.lower().replace(".", " ").split())


def _stands_for(person: str, names: list[str]) -> bool:
    """The scorer's test: a name equal to the person's, or, two words or more each, one's
    words all among the other's."""
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


def _reading(ledger: Ledger, person: str, want: str | None) -> str | list[str] | None:
    """``want`` when the ledger reads it as the scorer does, else what the ledger has; for
    ``None`` (no legal step), no court outcome at all."""
    events = _events_against(ledger, person)
    if events is None:
        return "not accused"
    if want in _STEPS:
        return want if events else "no event"
    got = {_FAMILY.get(str(e.outcome), str(e.outcome)) for e in events if e.kind == "ruling"}
    if want is None:
        return None if not got & _COURT else sorted(got)
    return want if _ACCEPTED.get(want, {want}) & got else sorted(got)


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
def test_outcome_article(nlp: Language, article: dict[str, Any]) -> None:
    ledger, _ = invented_ledger(nlp, article["text"])
    found = {p: _reading(ledger, p, want) for p, want in article["expect"].items()}
    assert found == article["expect"]
