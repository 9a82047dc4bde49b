"""A quantifier the parser hung off the verb it is the object of (invented sentences)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.stray_quantifier import is_stray_object, stray_quantifier

_QUANTIFIERS = legal().group_quantifiers


def _verb(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def test_a_quantifier_after_a_verb_with_no_object_is_its_object(nlp: Language) -> None:
    doc = nlp("Justice Mere Tane convicted both on their own pleas.")
    found = stray_quantifier(_verb(doc, "convicted"), _QUANTIFIERS)
    assert found is not None and found.text == "both"
    assert is_stray_object(found, _QUANTIFIERS)


def test_not_after_a_verb_with_an_object_or_before_a_noun(nlp: Language) -> None:
    doc = nlp("The judge convicted both men on Monday.")
    assert stray_quantifier(_verb(doc, "convicted"), _QUANTIFIERS) is None
    doc = nlp("The judge told both that the trial would start in June.")
    assert stray_quantifier(_verb(doc, "told"), _QUANTIFIERS) is None
