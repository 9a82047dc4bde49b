"""A name written after a rank is an office-holder's: "Sergeant Mensah", in a report that
names the injured driver Kofi Mensah and never calls him a sergeant, is the officer who
investigated, not the driver; "Constable Ali Raza" is not "Ali Raza Shah", the accused the
constable chased. Once a rank is read as a title and dropped from the name (as "Inspector"
always was), the short name that is left fits the full name of anyone who shares it, and
``full_names`` would make the two people one.

So a name written right after a rank (the lexicon's ``ranks``: police, army and court
offices) stands only for a full name the report also gives a rank: written after one
("Sgt Kwame Mensah ... Sgt Mensah"), or with one in the words apposed to it ("Kwame Mensah,
a police sergeant, ... Sergeant Mensah", "Tariq Javed, the SHO"). Where none is, it stands
for no one else and keeps its own name; and the bare surname written next ("Under
cross-examination, Mensah said ...") is still the officer while no one else of that surname
has been named in between: a reader takes the nearest one of that name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from spacy.tokens import Doc, Token

from corroborate.lexicon.name_words import name_words

__all__ = ["given_the_rank", "rank_before", "the_ranked_one"]

_T = TypeVar("_T")
_RANKS = name_words().ranks
# How many words after a name's comma the apposition that may give it a rank runs:
# "X, a police sergeant", "X, the officer in charge".
_APPOSED_WORDS = 6


def rank_before(doc: Doc, start: int) -> bool:
    """Whether a rank is written right before the name at character ``start``."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and _a_rank(doc[span.start - 1])


def given_the_rank(
    doc: Doc,
    start: int,
    fits: list[_T],
    fulls: Sequence[_T],
    span_of: Callable[[_T], tuple[int, int]],
    name_of: Callable[[_T], str],
) -> list[_T]:
    """The ``fits`` of the name at ``start`` that a rank before it leaves: all of them where
    no rank is written before it; else only those whose full name the report gives a rank
    somewhere (any of ``fulls`` with that name, by its title or its apposition)."""
    if not fits or not rank_before(doc, start):
        return fits
    ranked = {name_of(f) for f in fulls if _ranked_at(doc, *span_of(f))}
    return [f for f in fits if name_of(f) in ranked]


def the_ranked_one(doc: Doc, word: str, earlier: Sequence[tuple[int, str]]) -> bool:
    """Whether the last of the ``earlier`` person names (start, name, in text order) that
    holds ``word`` is that word alone written after a rank, kept as its own name by
    ``given_the_rank``: then a bare ``word`` now is that office-holder."""
    holding = [(s, n) for s, n in earlier if word in (w.lower() for w in n.split())]
    if not holding:
        return False
    start, name = holding[-1]
    return name.lower() == word and rank_before(doc, start)


def _ranked_at(doc: Doc, start: int, end: int) -> bool:
    """Whether the name written from ``start`` to ``end`` is given a rank there: one written
    right before it, or one in the words apposed after its comma."""
    if rank_before(doc, start):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    for token in doc[span.end + 1 : span.end + 1 + _APPOSED_WORDS]:
        if token.is_punct or token.is_sent_start:
            return False  # the apposition ends: "X, 35, of Elmwood"
        if _a_rank(token):
            return True
    return False


def _a_rank(token: Token) -> bool:
    return token.lower_.rstrip(".") in _RANKS
