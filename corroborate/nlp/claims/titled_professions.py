"""The profession a title before a name abbreviates: "Dr Kamran Saeed runs a clinic ...
police arrested the doctor", "Engr X, an executive engineer ... the engineer approved the
bills", "Prof X was booked ... the professor denied it". A report writes the title once,
with the name, and then calls the person by the profession's noun; the title is no common
noun the report writes in lower case, so the description reader (which keeps a title only
where the report also writes it as a common noun: "Guru X ... the guru") never remembered
it. The lexicon's ``title_professions`` says which titles abbreviate one profession's noun
("dr" -> "doctor"); "Advocate X" needs none (the title is the noun). The noun is remembered
for the person as any description noun is (``DescribedPeople.noun_named``), so it is read
back under the description's guards: the one person the report described with it, never
one told as victim or witness, no owner, no "of", no name of its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.lexicon.name_words import name_words

__all__ = ["title_profession"]


def title_profession(name: Span) -> str | None:
    """The profession's noun the title written with ``name`` abbreviates: its own first
    word where NER kept the title in the name ("Dr Kamran Saeed"), else the word right
    before it ("Dr. X" with the title left out of the name); none for a name with no such
    title."""
    if len(name) > 1:
        own = _profession(name[0])
        if own is not None:
            return own
    return _profession(name.doc[name.start - 1]) if name.start > 0 else None


def _profession(word: Token) -> str | None:
    """The noun ``word`` abbreviates where it is a title written as one ("Dr", "Dr.",
    "Engr"): capitalised, and a word of its own, not one in lower case ("dr" in a handle)."""
    if not word.is_title:
        return None
    return name_words().title_professions.get(word.lower_.removesuffix("."))
