"""A lede's part written as one of an owner's kind: "arrested the cashier of a credit society
and one of its regular borrowers", "sent the in-charge of a police post and one of his
constables to jail". The conjunct is the numeral "one", its "of" phrase a plural noun owned
by a possessive pronoun - the pronoun stands for the first part or its body, so the kind is
the owner's own and "one" counts one person of it, as "his constable" would be
(``LedeParts._lede_parts``). Not a count other than one ("two of his helpers": which two of
how many is not told), not a kind owned by a name or a noun ("one of Ali's men", "one of the
bank's customers": another's, perhaps the victim's), and not an "of" phrase with more than
its noun ("one of his men and a driver")."""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.announced import number_values

__all__ = ["one_of_theirs"]


def one_of_theirs(item: Token) -> Token | None:
    """The plural noun of a conjunct "one of his NOUNs" (``item`` the numeral), else None."""
    if item.tag_ != "CD" or number_values([item]) != {1}:
        return None
    preps = [c for c in item.children if c.dep_ == "prep"]
    if len(preps) != 1 or preps[0].lower_ != "of":
        return None
    kinds = [c for c in preps[0].children if c.dep_ == "pobj"]
    if len(kinds) != 1:
        return None
    kind = kinds[0]
    if kind.tag_ != "NNS" or kind.conjuncts:
        return None
    marks = [c for c in kind.children if c.dep_ in ("det", "poss", "nummod")]
    # the owner a pronoun: "his", "its", "their" - the lede's own first part or its body
    if len(marks) != 1 or marks[0].dep_ != "poss" or marks[0].tag_ != "PRP$":
        return None
    return kind
