"""Whom "whose" stands for: "X, whose bail plea was rejected in May, ...", "the driver,
whose remand was extended": the owner of a noun whose possessor is the relative "whose" is
the noun the relative clause hangs on. Grammar only; the caller reads the names there.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["whose_antecedent"]


def whose_antecedent(noun: Token) -> Token | None:
    """The word a relative clause describes, where ``noun``'s possessor is "whose" and the
    clause hangs on that word; else None."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
        return None
    clause = noun.head
    while clause.dep_ not in ("relcl", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else None
