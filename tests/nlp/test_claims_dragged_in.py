"""A passive verb of dragging into a case (``claims.dragged_in``)."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims.dragged_in import dragged_into_a_case


def _verb(nlp: Language, text: str, word: str) -> bool:
    doc = nlp(text)
    return dragged_into_a_case(next(t for t in doc if t.text == word))


def test_dragged_into_a_case(nlp: Language) -> None:
    assert _verb(nlp, "He had been dragged into the case by his rivals.", "dragged")
    assert _verb(nlp, "She was embroiled in the FIR because of a land feud.", "embroiled")


def test_no_case_no_negation_no_passive(nlp: Language) -> None:
    assert not _verb(nlp, "He was dragged into the river by the attackers.", "dragged")
    assert not _verb(nlp, "He was not dragged into the case by anyone.", "dragged")
    assert not _verb(nlp, "The tractor dragged the cart into the yard.", "dragged")
