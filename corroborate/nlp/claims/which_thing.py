"""The thing a "which" stands for where the parser hung its relative clause on a name.

"The court took up the bail petition of the driver, X, which it dismissed": the parser
hangs "which it dismissed" on the nearest noun, the name X - but "which" never stands for a
person. What was dismissed is the thing the name belongs to (the petition, up through the
name's "of" phrase or apposition), so the ruling reads that noun as its object, as "the
court dismissed the bail petition of X" does.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["thing_of_which"]

# How a name hangs below the thing it belongs to: an apposition, an "of" phrase's object.
_UP = frozenset({"appos", "pobj", "prep", "compound", "conj"})


def thing_of_which(pronoun: Token) -> Token | None:
    """The common noun a "which" object of a relative clause hung on a proper noun stands
    for: the first common noun above that name ("the petition of X, which", "the petition,
    X, which"); None where the clause hangs on a common noun already (the parse is right)
    or no common noun is above the name within its phrase."""
    clause = pronoun.head
    if pronoun.lower_ != "which" or pronoun.dep_ != "dobj" or clause.dep_ != "relcl":
        return None
    token = clause.head
    if token.pos_ != "PROPN":
        return None
    while token.dep_ in _UP and token.head.i != token.i:
        token = token.head
        if token.pos_ == "NOUN":
            return token
    return None
