"""The number a relative clause's verb shows: whom "who" stands for in a co-ordination.

"X and Y, who were arrested" describes both; "his wife, X, and son, Y, who was acquitted at
the first trial" only Y - the clause hangs on the last conjunct and its singular verb ("was",
"is", "has", a present "-s") cannot describe two people. A past tense with no auxiliary
("who confessed") shows no number, so the co-ordination keeps standing for the clause's noun.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["singular_clause"]

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
