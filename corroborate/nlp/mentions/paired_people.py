"""Two people NER took for one organisation: "the confessional statements of Sabbir and
Faruq" tagged ORG whole. A name made of two short proper-noun names joined by "and", where
each word is a word of a person's full name in the same document ("Sabbir Hossain",
"Mohammad Faruq"), names those two people. An organisation's name joined by "and"
("Securities and Exchange Commission", "Procter and Gamble") has words that are no one's
name in the report, so it stays whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.nlp import names

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["split_paired_people"]

# The longest name on either side of the "and": a first name, a middle name and a surname.
_MOST_WORDS = 3


def split_paired_people(spans: list[Span], person_words: set[str]) -> list[Span]:
    """``spans`` with each non-person span that pairs two people's names by "and" replaced
    by the two names, typed PERSON."""
    out: list[Span] = []
    for span in spans:
        pair = _paired_people(span, person_words) if span.label_ != "PERSON" else None
        out += pair if pair is not None else [span]
    return out


def _paired_people(span: Span, person_words: set[str]) -> list[Span] | None:
    joins = [t for t in span if t.lower_ in ("and", "&") and t.dep_ == "cc"]
    if len(joins) != 1:
        return None
    join = joins[0]
    left, right = span.doc[span.start : join.i], span.doc[join.i + 1 : span.end]
    for part in (left, right):
        words = names.words(part.text)
        if not 1 <= len(part) <= _MOST_WORDS or not all(t.pos_ == "PROPN" for t in part):
            return None
        if not words or not all(w in person_words for w in words):
            return None
    for part in (left, right):
        part.label_ = "PERSON"
    return [left, right]
