"""Whom a bail is for, told on its terms: "set bail at $25,000 unsecured for X", "allowed bail
of B$50,000 with two local sureties for X". The parser hangs the "for" phrase on the last word
of the terms - the amount's adjective ("unsecured"), the sureties - rather than on the bail or
its verb, where ``Rulings._sentenced_for`` looks; the person it names is the one bailed all
the same. Terms are the objects of the bail's "at", "of" and "with" phrases and a bare
adjective or participle the parser made a clause of the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.grammar import prep_objects

__all__ = ["for_phrases_on_terms"]

# The prepositions a bail's terms are written with: "at $25,000", "of Rs 50,000", "with two
# sureties".
_TERM_PREPOSITIONS = frozenset({"at", "of", "with"})
# How a bare word of the terms hangs on the verb ("set bail at $25,000 unsecured").
_TERM_CLAUSES = frozenset({"advcl", "acomp", "oprd"})


def for_phrases_on_terms(verb: Token, bail: Token) -> list[Token]:
    """The "for" phrases hung on the terms of ``bail``, the object or subject of ``verb``."""
    terms = [o for head in (verb, bail) for o in prep_objects(head, _TERM_PREPOSITIONS)]
    terms += [
        c
        for c in verb.children
        if c.dep_ in _TERM_CLAUSES
        and c.tag_ in ("JJ", "VBN")
        and not any(g.dep_.startswith("nsubj") or g.dep_ == "dobj" for g in c.children)
    ]
    return [p for t in terms for p in t.children if p.dep_ == "prep" and p.lower_ == "for"]
