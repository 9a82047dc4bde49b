"""The people a document names, as the speaker resolver reads them: the words that point to
a person (personal pronouns, role nouns, personal titles), a name's proper-noun words less
its titles ("Col Tahir Mehmood" -> "Tahir Mehmood"), the names a personal title marks where
NER missed them, and the relatives named only to say whose child someone is ("X s/o Y").
Split out of ``speakers.py`` at the 600-line limit (branch spl79), as it was: a leaf, so that
the resolver (``speakers``) and its pronoun focus (``speaker_focus``) both read it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corroborate.lexicon.name_words import name_words
from corroborate.nlp import names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = [
    "NO_PERSON",
    "PERSONAL_PRONOUNS",
    "PERSONAL_TITLES",
    "ROLE_NOUNS",
    "TITLES",
    "after_kinship_marker",
    "lower_words",
    "proper_words",
    "spans_overlap",
    "titled_names",
]

# Pronouns and nouns that point to a person, titles only people carry (unlike "chief" or
# "president", which bodies have too): the lexicon's.
PERSONAL_PRONOUNS = name_words().personal_pronouns
ROLE_NOUNS = name_words().person_nouns
PERSONAL_TITLES = name_words().personal_titles
# Words to drop from a name: the mention finder's titles and role words ("Gangster Uzair
# Baloch"), and every personal title.
TITLES = names.TITLES | PERSONAL_TITLES
# Entity types a proper noun of no person has: a name so typed is never a pronoun's antecedent.
NO_PERSON = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC", "DATE", "TIME", "EVENT", "LAW"})
_WORD = re.compile(r"[\w'’-]+")
_KINSHIP_MARKERS = name_words().kinship_markers


def lower_words(text: str) -> list[str]:
    return [w.lower().strip("'’") for w in _WORD.findall(text)]


def after_kinship_marker(text: str, start: int) -> bool:
    """Whether a kinship mark ("s/o", "d/o") comes right before the name at ``start``."""
    before = text[max(0, start - 8) : start].rstrip().lower()
    return any(
        before.endswith(mark) and (len(before) == len(mark) or not before[-len(mark) - 1].isalnum())
        for mark in _KINSHIP_MARKERS
    )


def titled_names(doc: Doc) -> list[Span]:
    """Spans of proper nouns that follow a personal title: "Col Tahir Mehmood"."""
    from spacy.tokens import Span  # here, not above: commands that only read never load spaCy

    found = []
    for token in doc[:-1]:
        # The cheap test first: most tokens are not followed by a proper noun.
        if doc[token.i + 1].pos_ != "PROPN" or token.lower_.strip(".") not in PERSONAL_TITLES:
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and end - token.i <= 3:
            end += 1
        if end > token.i + 1:
            found.append(Span(doc, token.i + 1, end, label="PERSON"))
    return found


def spans_overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def proper_words(ent: Span) -> list[str]:
    """The proper-noun words of a name, titles and role words dropped; a word joined by a
    hyphen written tight ("Al-Zahra") stays one word, as the mention writes it, so that the
    name found here is the mention's."""
    words: list[str] = []
    joined = False  # the last word ends in a tight hyphen
    for t in ent:
        tight = t.i > 0 and not t.doc[t.i - 1].whitespace_ and not t.whitespace_
        if t.text == "-" and tight and words and not joined:
            words[-1] += "-"
            joined = True
            continue
        kept = t.pos_ == "PROPN" and t.lower_.strip(".") not in TITLES
        if kept and joined:
            words[-1] += t.text
        elif kept:
            words.append(t.text)
        elif joined:
            words[-1] = words[-1].removesuffix("-")
        joined = False
    if words and joined:
        words[-1] = words[-1].removesuffix("-")
    return words or [t.text for t in ent if t.lower_.strip(".") not in TITLES and t.is_alpha]
