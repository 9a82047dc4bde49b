"""A lone untagged word of a named person's full name made a person's name
(``nlp/mentions/lone_words.py``), on invented parses."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from corroborate.nlp.mentions.lone_words import lone_name_words

# "Tariq Aslam fled . Later Aslam opened fire ." with NER's one person, the full name
_WORDS = ["Tariq", "Aslam", "fled", ".", "Later", "Aslam", "opened", "fire", "."]
_HEADS = [1, 2, 2, 2, 6, 6, 6, 6, 6]
_DEPS = ["compound", "nsubj", "ROOT", "punct", "advmod", "nsubj", "ROOT", "dobj", "punct"]
_POS = ["PROPN", "PROPN", "VERB", "PUNCT", "ADV", "PROPN", "VERB", "NOUN", "PUNCT"]
_ENTS = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"]


def _doc(nlp: Language, words: list[str] = _WORDS, deps: list[str] = _DEPS) -> Doc:
    return Doc(nlp.vocab, words=words, heads=_HEADS, deps=deps, pos=_POS, ents=_ENTS)


def _people(doc: Doc) -> list[Span]:
    return [e for e in doc.ents if e.label_ == "PERSON"]


def test_a_lone_surname_of_a_named_person_is_a_person(nlp: Language) -> None:
    doc = _doc(nlp)
    found = lone_name_words(doc, _people(doc))
    assert [(s.text, s.start, s.label_) for s in found] == [("Aslam", 5, "PERSON")]


def test_a_word_no_full_name_ends_with_is_left_alone(nlp: Language) -> None:
    words = [*_WORDS[:5], "Bashir", *_WORDS[6:]]
    doc = _doc(nlp, words)
    assert lone_name_words(doc, _people(doc)) == []


def test_a_word_inside_a_longer_name_is_left_alone(nlp: Language) -> None:
    # "Later Aslam Road opened": the word is part of another proper name
    words = ["Tariq", "Aslam", "fled", ".", "Later", "Aslam", "Road", "opened", "."]
    deps = ["compound", "nsubj", "ROOT", "punct", "advmod", "compound", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "ADV", "PROPN", "PROPN", "VERB", "PUNCT"]
    heads = [1, 2, 2, 2, 7, 6, 7, 7, 7]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=_ENTS)
    assert lone_name_words(doc, _people(doc)) == []
