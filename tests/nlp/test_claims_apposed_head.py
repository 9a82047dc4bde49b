"""A name in apposition renames the noun right before its comma, not a noun the parser hung
it on far before (``nlp/claims/descriptions.py``, ``Descriptions._apposed_head``), on an
invented sentence with the parse such a misreading gives, built by hand: the small parser
makes it only for some names, so a sentence alone would not hold it."""

from __future__ import annotations

from types import SimpleNamespace

import spacy
from spacy.tokens import Doc

from corroborate.nlp.claims.descriptions import Descriptions

# "The court rejected the appeal of his co-defendant, Ketut Sudarma, whose term stands."
_WORDS = "The court rejected the appeal of his codefendant , Ketut Sudarma , whose term stands ."
_HEADS = [1, 2, 2, 4, 2, 4, 7, 5, 2, 10, 1, 10, 13, 14, 10, 2]
_DEPS = [
    "det", "nsubj", "ROOT", "det", "dobj", "prep", "poss", "pobj", "punct", "compound",
    "appos", "punct", "poss", "nsubj", "relcl", "punct",
]  # fmt: skip
_POS = [
    "DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN",
    "PUNCT", "PRON", "NOUN", "VERB", "PUNCT",
]  # fmt: skip


def _doc(heads: list[int]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=_WORDS.split(), heads=heads, deps=_DEPS, pos=_POS)


def _apposed(doc: Doc) -> str | None:
    reader = SimpleNamespace(doc=doc, by_token={})
    token = Descriptions._apposed_head(reader, doc[10])  # type: ignore[arg-type]
    return None if token is None else token.text


def test_a_name_hung_on_a_far_subject_renames_the_noun_before_its_comma() -> None:
    # the parser hangs "Sudarma" on "court", across "rejected the appeal of"
    assert _apposed(_doc(_HEADS)) == "codefendant"


def test_a_name_hung_on_the_noun_before_it_renames_that_noun() -> None:
    heads = list(_HEADS)
    heads[10] = 7  # "his codefendant, Ketut Sudarma"
    assert _apposed(_doc(heads)) == "codefendant"
