"""Two subjects of one verb that a relative clause after the first split apart: "X, at whose
alleged behest the shooting took place, and his nephew Y were acquitted".

The parser reads the "and" as joining the relative clause ("took place") to what follows,
in one of two ways: it makes the verb of the sentence a conjunct of the relative clause (or
of X), with Y for its subject and X for the sentence's root ("X ... took place, and Y were
acquitted"); or it keeps X the verb's subject and makes Y a noun conjunct of the relative
clause's verb - a noun joined to a verb, which no sentence means. Either way X and Y are the
verb's subjects, as the plural verb says.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["subjects_split_by_relative"]


def subjects_split_by_relative(verb: Token) -> list[Token]:
    """The subjects of ``verb`` the parser hung elsewhere around a relative clause on its
    first subject: the noun that clause describes, when ``verb`` is the clause's conjunct
    with a subject of its own; or a noun conjunct of the clause of its subject."""
    own = [c for c in verb.children if c.dep_ in NOUN_SUBJECTS]
    head = verb.head
    if verb.dep_ == "conj" and own and (head.dep_ == "relcl" or head.pos_ == "PROPN"):
        # "X, at whose behest ... took place, and Y were acquitted": the verb a conjunct of
        # the clause, or of X itself, the "and" before its own subject Y
        described = head.head if head.dep_ == "relcl" else head
        joins = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < own[0].i]
        if joins and described.pos_ == "PROPN" and described.i < own[0].i:
            return [described]
    return [
        c
        for s in own
        for r in s.children
        if r.dep_ == "relcl"
        for c in r.children
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i
    ]
