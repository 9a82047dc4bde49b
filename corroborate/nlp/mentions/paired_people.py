"""Two people NER took for one organisation: "the confessional statements of Sabbir and
Faruq" tagged ORG whole. A name made of two short proper-noun names joined by "and", where
each word is a word of a person's full name in the same document ("Sabbir Hossain",
"Mohammad Faruq"), names those two people. So does a list of such names joined by commas
("police said Monir, Sohag and Rubel were held" with "Monir, Sohag" tagged ORG): left
whole, the list was a person of its own, and a later lone "Sohag" was read as the last
full name ending in it - the list - not "Sohag Mia" (who41). An organisation's name
joined by "and" or a comma ("Securities and Exchange Commission", "Procter and Gamble",
"Smith, Jones & Co") has words that are no one's name in the report, so it stays whole.
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
    """``spans`` with each non-person span that joins people's names by "and" or commas
    replaced by the names, typed PERSON."""
    out: list[Span] = []
    for span in spans:
        pair = _paired_people(span, person_words) if span.label_ != "PERSON" else None
        out += pair if pair is not None else [span]
    return out


def _paired_people(span: Span, person_words: set[str]) -> list[Span] | None:
    # "X and Y", "X, Y", "X, Y and Z": each item between the joins is a name of its own
    joins = [t for t in span if (t.lower_ in ("and", "&") and t.dep_ == "cc") or t.text == ","]
    if not joins or joins[-1].i == span.end - 1:
        return None  # no join, or a comma that ends the span ("X," trimmed badly)
    bounds = [span.start, *(j.i for j in joins), span.end]
    pairs = zip(bounds, bounds[1:], strict=False)
    parts = [span.doc[a + (a != span.start) : b] for a, b in pairs]
    parts = [p for p in parts if len(p)]  # ", and": the serial comma joins nothing more
    if len(parts) < 2:
        return None
    for part in parts:
        words = names.words(part.text)
        if not 1 <= len(part) <= _MOST_WORDS or not all(t.pos_ == "PROPN" for t in part):
            return None
        if not words or not all(w in person_words for w in words):
            return None
    for part in parts:
        part.label_ = "PERSON"
    return parts
