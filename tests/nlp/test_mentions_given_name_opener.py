"""A given name opening a sentence that NER left out of the name and the tagger read as a
common noun, a verb or an adjective (``mentions.candidates._first_word_left_out``): "Pradeep
Kumar Sahu was directed to be released on bail" with "Pradeep" a noun and only "Kumar Sahu"
tagged. The given name hangs on the name as its compound and the name library knows it, so
it is the name's first word, whatever the tag. NER's and the tagger's readings are set on the
document by hand, so that each test reads the finder's repair, not what one model version
happens to tag. Each sentence is invented, in Indian, Nepali and Bangladeshi styles."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.nlp.mentions import find_mentions


def _misread(nlp: Language, text: str, name: str, tag: str, pos: str) -> Doc:
    """``text`` parsed, NER's only entity ``name`` (a PERSON) and the sentence's first word
    tagged ``tag``/``pos`` and hung on the name's first word as a compound, as the small
    model reads many South Asian given names opening a sentence."""
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label="PERSON")
    assert span is not None
    doc.ents = [span]
    first = doc[0]
    first.tag_, first.pos_ = tag, pos
    first.head, first.dep_ = span.root, "compound"
    return doc


def _people(doc: Doc) -> list[str]:
    return [m.name for m in find_mentions(doc) if m.type == "person"]


@pytest.mark.parametrize(
    ("text", "tagged", "tag", "pos", "whole"),
    [
        # an Indian bail report: the given name read as a common noun
        ("Pradeep Kumar Sahu was directed to be released on bail on a bond of Rs 50,000.",
         "Kumar Sahu", "NN", "NOUN", "Pradeep Kumar Sahu"),
        # a Nepali court report: "Hari" a noun, "Bahadur Rokaya" tagged
        ("Hari Bahadur Rokaya was sent to judicial custody by the Special Court.",
         "Bahadur Rokaya", "NN", "NOUN", "Hari Bahadur Rokaya"),
        # a Bangladeshi police report: the given name read as an adjective
        ("Rafiqul Islam Khan was produced before a Dhaka court on Sunday.",
         "Islam Khan", "JJ", "ADJ", "Rafiqul Islam Khan"),
    ],
)  # fmt: skip
def test_a_misread_given_name_opening_the_sentence_joins_the_name(
    nlp: Language, text: str, tagged: str, tag: str, pos: str, whole: str
) -> None:
    assert _people(_misread(nlp, text, tagged, tag, pos)) == [whole]


@pytest.mark.parametrize(
    ("text", "tagged", "alone"),
    [
        # a title opening the sentence is no given name, whatever the library holds
        ("Judge Kamala Gyawali adjourned the hearing to Sunday.", "Kamala Gyawali",
         "Kamala Gyawali"),
        # a capitalised word the name library does not know as a given name
        ("Yesterday Sunita Shrestha was sent to custody.", "Sunita Shrestha",
         "Sunita Shrestha"),
    ],
)  # fmt: skip
def test_no_other_opener_joins_the_name(nlp: Language, text: str, tagged: str, alone: str) -> None:
    assert _people(_misread(nlp, text, tagged, "NN", "NOUN")) == [alone]
