"""Probes of out85's reading (invented sentences): bail whose amount a court sets - "Judge X
set bail at $25,000 for Y", "fixed bail for Y at $5,000", as US and Pacific reports write its
grant (``bail_setting_verbs``, read by ``Rulings._verdicts``) - is bail; and whom a bail is for,
told on its terms ("set bail at $25,000 unsecured for Y", "allowed bail of B$50,000 with two
local sureties for Y": ``bail_terms.for_phrases_on_terms``). The near misses keep a bail set
aside, a hearing set and a request for bail from being a grant."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.bail_terms import for_phrases_on_terms
from tests.nlp.test_claims import claims_of, outcomes

_CHARGED = "Police charged Jesse Cabrera with fraud. "

_GOLDEN = [
    # the amount set is the bail granted
    "Judge Lourdes Borja set bail at $25,000 for Jesse Cabrera.",
    "Judge Lourdes Borja set bail for Jesse Cabrera at $25,000.",
    "The magistrate fixed bail for Jesse Cabrera at $5,000 with one surety.",
    # whom it is for, told on its terms
    "At their first appearance, Judge Lourdes Borja set bail at $25,000 unsecured for Cabrera "
    "and released Tom Aldan on his own recognizance.",
    "Magistrate Khairul Anwar allowed bail of B$50,000 with two local sureties for Jesse Cabrera.",
]

_NEAR_MISSES = [
    # a date set is no bail
    "The judge set a date for the bail hearing of Jesse Cabrera.",
    # a request to set bail is no grant
    "His lawyer asked the judge to set bail at $5,000 for Jesse Cabrera.",
]


@pytest.mark.parametrize("text", _GOLDEN)
def test_bail_set_for_someone_is_bail(nlp: Language, text: str) -> None:
    assert outcomes(claims_of(nlp, _CHARGED + text), "Jesse Cabrera") == {"bail"}


@pytest.mark.parametrize("text", _NEAR_MISSES)
def test_bail_only_spoken_of_is_none(nlp: Language, text: str) -> None:
    assert "bail" not in outcomes(claims_of(nlp, _CHARGED + text), "Jesse Cabrera")


def test_no_bail_set_is_a_remand(nlp: Language) -> None:
    found = claims_of(nlp, _CHARGED + "The judge set no bail for Jesse Cabrera.")
    assert outcomes(found, "Jesse Cabrera") == {"remanded"}


def test_the_for_phrase_on_the_terms_is_found(nlp: Language) -> None:
    doc = nlp("The judge set bail at $25,000 unsecured for Cabrera.")
    verb = next(t for t in doc if t.lower_ == "set")
    bail = next(t for t in doc if t.lower_ == "bail")
    assert [p.lower_ for p in for_phrases_on_terms(verb, bail)] == ["for"]


def test_a_for_phrase_on_the_verb_is_no_term(nlp: Language) -> None:
    doc = nlp("The judge granted bail for Cabrera.")
    verb = next(t for t in doc if t.lower_ == "granted")
    bail = next(t for t in doc if t.lower_ == "bail")
    assert for_phrases_on_terms(verb, bail) == []
