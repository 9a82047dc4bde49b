"""A mistyped lone surname widened to the given name NER left before it
(``nlp/mentions/given_left_out.py``), on invented parses."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from corroborate.nlp.mentions.given_left_out import given_names_restored

# "Wade Sawchuk's accessory charge was stayed": "Wade" hangs on "Sawchuk" as a compound
_WORDS = ["Wade", "Sawchuk", "'s", "charge", "was", "stayed", "."]
_HEADS = [1, 3, 1, 5, 5, 5, 5]
_DEPS = ["compound", "poss", "case", "nsubjpass", "auxpass", "ROOT", "punct"]
_TAGS = ["NNP", "NNP", "POS", "NN", "VBD", "VBN", "."]
_POS = ["PROPN", "PROPN", "PART", "NOUN", "AUX", "VERB", "PUNCT"]


def _doc(nlp: Language, words: list[str] = _WORDS) -> Doc:
    return Doc(nlp.vocab, words=words, heads=_HEADS, deps=_DEPS, tags=_TAGS, pos=_POS)


def _surname(doc: Doc, label: str) -> Span:
    span = doc[1:2]
    span.label_ = label
    return span


def test_a_surname_typed_a_firm_takes_back_its_given_name(nlp: Language) -> None:
    doc = _doc(nlp)
    (span,) = given_names_restored([_surname(doc, "ORG")], {"brent", "sawchuk"})
    assert (span.text, span.label_) == ("Wade Sawchuk", "PERSON")


def test_a_word_no_named_person_bears_is_left_alone(nlp: Language) -> None:
    # no full name of the report ends in "Sawchuk": the firm may be one
    doc = _doc(nlp)
    (span,) = given_names_restored([_surname(doc, "ORG")], {"brent", "kowal"})
    assert (span.text, span.label_) == ("Sawchuk", "ORG")


def test_a_word_before_that_is_no_given_name_is_left_alone(nlp: Language) -> None:
    doc = _doc(nlp, ["Northern", "Sawchuk", "'s", "charge", "was", "stayed", "."])
    (span,) = given_names_restored([_surname(doc, "ORG")], {"brent", "sawchuk"})
    assert span.text == "Sawchuk"


def test_a_person_or_a_given_name_already_taken_is_left_alone(nlp: Language) -> None:
    doc = _doc(nlp)
    (span,) = given_names_restored([_surname(doc, "PERSON")], {"brent", "sawchuk"})
    assert span.text == "Sawchuk"
    doc = _doc(nlp)
    given = doc[0:1]
    given.label_ = "PERSON"
    spans = given_names_restored([given, _surname(doc, "ORG")], {"brent", "sawchuk"})
    assert [s.text for s in spans] == ["Wade", "Sawchuk"]
