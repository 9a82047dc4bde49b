"""Relatives a report names in full because they share a surname: "His wife, Shabana Marri",
"Sunar's mother, Dil Maya Sunar", "his elder brother Sunil Dubey". Kinship explains the
shared surname, and the reporter writes the relative's full name to tell them apart from
the person the report follows, whom the bare surname keeps standing for. So a one-word name
that fits several full names of a document is not a relative so introduced while another
full name fits it too (``without_kin``).

Read from the parse: the name in apposition to a kin noun of the lexicon (its ``relative``
role nouns), or written just after one ("his brother, X", "brother X"), and that noun owned
by someone ("his", "Sunar's"): a relative told by whose relative they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import legal

__all__ = ["introduced_as_kin", "without_kin"]

_T = TypeVar("_T")


def introduced_as_kin(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` of ``doc`` is introduced as someone's relative."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "appos" and _owned_kin_noun(root.head):
        return True
    before = span.start - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    return before >= 0 and _owned_kin_noun(doc[before])


def without_kin(fits: list[_T], kin: Iterable[_T]) -> list[_T]:
    """``fits`` less those introduced as a relative, unless no other fit would be left."""
    kin = set(kin)
    others = [f for f in fits if f not in kin]
    return others if others else fits


def _owned_kin_noun(token: Token) -> bool:
    """A kin noun ("wife", "mother") with an owner: "his wife", "Sunar's mother"."""
    if token.pos_ != "NOUN" or legal().role_nouns.get(token.lemma_.lower()) != "relative":
        return False
    return any(c.dep_ == "poss" for c in token.children)
