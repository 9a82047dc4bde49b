"""The lede as the lede readers take it (``claims.lede_sentence``): the first sentence with a
verb, past a headline or dateline the parser cut off as a sentence of its own. Parses built by
hand (invented words), so the test reads the rule and not a model's split."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from corroborate.nlp.claims.lede_sentence import lede_sentence


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_a_headline_with_no_verb_is_passed_over() -> None:
    doc = _doc(
        ["Bail", "for", "warder", "A", "court", "granted", "bail", "."],
        [0, 0, 1, 4, 5, 5, 5, 5],
        ["ROOT", "prep", "pobj", "det", "nsubj", "ROOT", "dobj", "punct"],
        ["NOUN", "ADP", "NOUN", "DET", "NOUN", "VERB", "NOUN", "PUNCT"],
    )
    lede = lede_sentence(doc)
    assert lede is not None and lede.text == "A court granted bail ."


def test_an_opening_sentence_with_a_verb_is_the_lede() -> None:
    doc = _doc(
        ["Police", "arrested", "Tariq", ".", "He", "was", "held", "."],
        [1, 1, 1, 1, 6, 6, 6, 6],
        ["nsubj", "ROOT", "dobj", "punct", "nsubjpass", "auxpass", "ROOT", "punct"],
        ["NOUN", "VERB", "PROPN", "PUNCT", "PRON", "AUX", "VERB", "PUNCT"],
    )
    lede = lede_sentence(doc)
    assert lede is not None and lede.start == 0


def test_no_sentence_with_a_verb_is_no_lede() -> None:
    words, deps, pos = ["Bail", "for", "warder"], ["ROOT", "prep", "pobj"], ["NOUN", "ADP", "NOUN"]
    doc = _doc(words, [0, 0, 1], deps, pos)
    assert lede_sentence(doc) is None
