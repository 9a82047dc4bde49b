"""A plural kin noun that titles a list: "Brothers X and Y appeared in court", "Sisters X and
Y were charged". With no one owning it, the noun says the people listed are kin of one
another, not relatives of some party of the case (as "his brother, X" or "the victim's
sisters X and Y" say): it gives the names no part of their own, and whatever the sentence
makes of them (accused, victims) stands.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["kin_of_one_another"]

# The tags of a possessive word that would make the kin someone's ("his brothers X and Y").
_POSSESSIVE_TAGS = frozenset({"PRP$", "POS"})


def kin_of_one_another(noun: Token) -> bool:
    """Whether kin noun ``noun`` is a plural one, owned by no one, before a list's names."""
    lower, lemma = noun.lower_, noun.lemma_.lower()
    plural = noun.tag_ in ("NNS", "NNPS") or (lower != lemma and lower.endswith("s"))
    if not plural:
        return False
    # "his brothers X and Y", "the brothers of the victim, X and Y": someone's kin
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    doc = noun.doc
    before = doc[max(noun.sent.start, noun.i - 2) : noun.i]
    return not any(t.tag_ in _POSSESSIVE_TAGS for t in before)
