"""A passive told without its usual shape (``nlp/claims/passive_forms.py``, moved out of
``parties.py`` unchanged). Sentences invented for these tests."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from corroborate.nlp.claims.passive_forms import passive_be, undergone


def _word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def test_a_bare_participle_completing_a_verb_was_undergone(nlp: Language) -> None:
    doc = nlp("The trader was found beaten to death near the river.")
    assert undergone(_word(doc, "beaten"))
    assert not undergone(_word(doc, "found"))


def test_a_participle_of_a_finite_clause_of_saying_was_not_undergone(nlp: Language) -> None:
    doc = nlp("Police said the trader had confessed to the theft.")
    assert not undergone(_word(doc, "confessed"))


def test_a_be_split_from_its_participle_is_the_passives(nlp: Language) -> None:
    doc = nlp("Milan Horak was on Thursday acquitted of the fraud.")
    be = passive_be(_word(doc, "acquitted"))
    assert be is not None and be.lemma_ == "be"
    plain = nlp("Milan Horak was acquitted of the fraud on Thursday.")
    assert passive_be(_word(plain, "acquitted")) is None
