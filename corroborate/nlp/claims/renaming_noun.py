"""A common noun apposed to a person's name renames that person: in "The court declared
Sajjad Khan, the younger brother who allegedly fired alongside Amjad, a proclaimed offender",
"the younger brother" is Sajjad Khan, never the one the report earlier called a brother ("his
elder brother, Bakht Munir", the victim's kin). Read by ``PhraseNames._names``, which before
resolved such a noun as a description on its own and listed its earlier bearer beside the
name.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["renames_a_named_person"]


def renames_a_named_person(noun: Token, people: set[int]) -> bool:
    """Whether ``noun`` is a common noun apposed to a word that named a person in the same
    phrase (``people``: the words of the phrase already read as a person's name), with no
    name of its own: it says who that person is and stands for no one else."""
    # "handed Aslam, his son and the loader over": a noun owned by a possessive is a list's
    # next person (the parser's apposition), kin of the name, never the name again
    owned = any(c.dep_ == "poss" for c in noun.children)
    return noun.pos_ == "NOUN" and noun.dep_ == "appos" and noun.head.i in people and not owned
