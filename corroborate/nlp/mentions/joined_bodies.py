"""A body's name with "and" inside it, which NER cuts in two: "Gandaki Jyoti Saving and Credit
Cooperative Ltd" read as a person ("Gandaki Jyoti Saving") and an organisation ("Credit
Cooperative Ltd").

A list of two names ("Hari Oli and Zenith Traders Ltd") and a name holding a conjunction
look alike in the words; the parse tells them apart. In a list the second name is a
conjunct of the first; inside a name the words before "and" modify the name's head word
as the words after it do ("Saving" and "Credit" both hang on "Ltd" through "Cooperative").
So two spans with only a coordinating conjunction between them are one organisation's name
where the second ends in an organisation's head word and the last word of the first hangs
on a word of the second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.nlp import names
from corroborate.nlp.mentions.span_joins import joined_neighbours

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["joined_bodies"]


def joined_bodies(spans: list[Span]) -> list[Span]:
    """``spans`` with each name cut at its "and" made whole again (see the module)."""
    return joined_neighbours(spans, _one_body, "ORG")


def _one_body(first: Span, second: Span) -> bool:
    doc = first.doc
    if second.start != first.end + 1 or doc[first.end].dep_ != "cc":
        return False
    if second[-1].text.lower().strip(".") not in names.ORG_HEADS:
        return False
    end = first[-1]
    return end.dep_ in ("nmod", "compound", "amod") and second.start <= end.head.i < second.end
