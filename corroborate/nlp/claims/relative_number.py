"""The number a relative clause's verb shows: whom "who" stands for after a co-ordination.

"X and Y, who were arrested" describes both; "his wife, X, and son, Y, who was acquitted at
the first trial" only Y - a singular verb ("was", "is", "has", a present "-s") cannot
describe two people, so it describes the nearest of them: the name right before "who",
wherever the parser hung the clause (on "son", or on "wife", the first item). A past tense
with no auxiliary ("who confessed") shows no number, so the co-ordination keeps standing for
the clause's noun.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["nearest_described", "singular_clause"]

# Auxiliaries and copulas that agree with a singular subject only.
_SINGULAR_AUXILIARIES = frozenset({"was", "is", "has", "'s"})


def singular_clause(clause: Token) -> bool:
    """Whether a relative clause's verb (or an auxiliary of it) is singular."""
    if clause.tag_ == "VBZ" or clause.lower_ in _SINGULAR_AUXILIARIES:
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _SINGULAR_AUXILIARIES
        for c in clause.children
    )  # fmt: skip


def nearest_described(pronoun: Token) -> Token | None:
    """The one noun a singular relative clause describes where it hangs on a co-ordination
    ("his wife, X, and son, Y, who was ..."): the noun phrase right before the pronoun and
    its comma, if it is part of the co-ordination the clause hangs on. None otherwise - a
    plural or numberless clause, or a noun with no co-ordination ("X, the son of Y, who
    was arrested": the parser's reading stands)."""
    clause = pronoun.head
    if not singular_clause(clause) or pronoun.i < 2:
        return None
    head = clause.head
    kin = [head, *(c for c in head.children if c.dep_ == "appos")]
    if head.dep_ != "conj" and not any(c.dep_ == "conj" for k in kin for c in k.children):
        return None
    before = pronoun.doc[pronoun.i - 1]
    nearest = pronoun.doc[pronoun.i - 2] if before.text == "," else before
    while nearest.dep_ == "compound" and nearest.head.i > nearest.i:
        nearest = nearest.head
    if nearest.pos_ not in ("PROPN", "NOUN") or nearest.i not in {t.i for t in head.subtree}:
        return None
    return nearest
