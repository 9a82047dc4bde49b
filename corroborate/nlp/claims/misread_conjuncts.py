"""A second predicate of a reported clause that the parser hung on a noun as its clause:
"his client had no power to change anyone's turn and had been named only because he works
there" (``named`` read as a clause of "power"). No clause of a noun has a finite auxiliary
of its own ("had been named"), so one that has, after "and" and with no subject, is the
reported clause's next predicate - read as the accused's side's word too
(``answers._predicates_hung_below``).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["conjunct_read_as_a_noun_clause"]

# Finite verb tags: an auxiliary with one of them makes its verb finite.
_FINITE = ("VBD", "VBZ", "VBP")


def conjunct_read_as_a_noun_clause(verb: Token) -> bool:
    """ "his client had no power to change anyone's turn and had been named only because
    ...": a second predicate after "and" the parser hung on the object's noun as its clause
    ("power ... named/acl") - no clause of a noun has a finite auxiliary of its own, nor a
    subject here."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in verb.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    before = verb.left_edge.i - 1
    return before >= 0 and verb.doc[before].dep_ == "cc"
