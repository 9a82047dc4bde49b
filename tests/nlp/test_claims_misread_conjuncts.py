"""A second predicate the parser hung on a noun as its clause (``claims.misread_conjuncts``):
"his client had no power to open the sluice and had been named only because ..." is read as
the reported clause's next predicate. Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = "Police charged Robert Zeman with the killing of a farmer. "


def test_named_only_because_after_a_misparsed_and(nlp: Language) -> None:
    text = _CHARGED + (
        "His lawyer, Ota Fiala, said his client had no power to open the sluice and had been "
        "named only because he works at the pumping station."
    )
    assert accused_of("denial", nlp, text) == {"Robert Zeman"}


def test_another_ones_predicate_denies_nothing(nlp: Language) -> None:
    # guard: the second predicate is the farmer's, warned by the council - no clearing
    text = _CHARGED + (
        "His lawyer, Ota Fiala, said the farmer had a plan to sell the land and had been "
        "warned by the council."
    )
    assert accused_of("denial", nlp, text) == set()
