"""Court outcomes as reporters of many countries write them: each invented mini-article of
``data/outcome_articles.json`` through the per-document stage and the ledger, asking of each
accused what the court benchmark's scorer asks - a ruling event with the article's latest
legal step (a sentence counts as convicted; an appeal court's acquittal of someone convicted,
``overturned``, is also matched by ``acquitted``), or any event for ``charged`` and
``arrested``. Articles not read yet are ``xfail(strict=True)``, so a fix shows up."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from corroborate.records import Ledger
from tests.ledger.invented import invented_ledger
from tests.ledger.inventory import events_against, family_id, load_articles, xfail_params

_ARTICLES = load_articles("outcome_articles.json")

# The scorer's families of outcomes (score_ledger.FAMILY, ACCEPTED).
_FAMILY = {"sentenced": "convicted", "discharged": "acquitted", "exonerated": "acquitted"}
_FAMILY |= {"quashed": "overturned", "set_aside": "overturned", "indicted": "charged"}
_ACCEPTED = {"overturned": {"overturned", "acquitted"}}
_STEPS = {"charged", "arrested"}
_COURT = {"acquitted", "convicted", "upheld", "overturned", "proclaimed_offender", "bail"}
_COURT |= {"remanded"}


def _reading(ledger: Ledger, person: str, want: str | None) -> str | list[str] | None:
    """``want`` when the ledger reads it as the scorer does, else what the ledger has; for
    ``None`` (no legal step), no court outcome at all."""
    events = events_against(ledger, [person])
    if events is None:
        return "not accused"
    if want in _STEPS:
        return want if events else "no event"
    got = {_FAMILY.get(str(e.outcome), str(e.outcome)) for e in events if e.kind == "ruling"}
    if want is None:
        return None if not got & _COURT else sorted(got)
    return want if _ACCEPTED.get(want, {want}) & got else sorted(got)


@pytest.mark.parametrize("article", xfail_params(_ARTICLES, family_id))
def test_outcome_article(nlp: Language, article: dict[str, Any]) -> None:
    ledger, _ = invented_ledger(nlp, article["text"])
    found = {p: _reading(ledger, p, want) for p, want in article["expect"].items()}
    assert found == article["expect"]
