"""A surname after a title that tells a sex stands for a bearer of that sex: "Mrs Pryce",
after "Keith Pryce" and "Carol Pryce, the older man's wife", is Carol Pryce, not the man
the nearest-before reading of ``full_names`` would give. A family named in one report - a
husband and wife, a mother and son - is where one surname has bearers of both sexes.

The title's sex is the lexicon's (``gendered_words``: "Mr", "Mrs", "Ms", "Miss", "Begum");
a full name's is its first name's, by the name library (``lexicon.first_names``). A full
name whose first name tells no sex ("Jamie") stays a fit; when no fit agrees, the fits
are left as they were (the title may be a reporter's slip, or the names unknown).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc

from corroborate.lexicon.first_names import first_name_sex
from corroborate.lexicon.name_words import name_words
from corroborate.nlp import names

__all__ = ["agreeing_with_title", "title_sex"]

_T = TypeVar("_T")
_WORDS = name_words()


def title_sex(doc: Doc, start: int) -> str | None:
    """The sex ("Masc", "Fem") a title written right before the name at character ``start``
    tells, or None."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    title = doc[span.start - 1].lower_.rstrip(".")
    if title not in _WORDS.titles:
        return None
    return _WORDS.gendered_words.get(title)


def agreeing_with_title(
    doc: Doc, start: int, fits: list[_T], name_of: Callable[[_T], str]
) -> list[_T]:
    """The ``fits`` of a one-word name at ``start`` whose sex does not contradict the title
    before it; all of them when the title tells no sex or none agrees."""
    sex = title_sex(doc, start)
    if sex is None or len(fits) < 2:
        return fits
    agreeing = [f for f in fits if _sex_of(name_of(f)) in (sex, None)]
    return agreeing if agreeing else fits


def _sex_of(name: str) -> str | None:
    ws = names.words(name)
    return first_name_sex(ws[0]) if ws else None
