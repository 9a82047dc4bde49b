"""A participle used as a noun that the parser made a verb: "the prime accused".

"..., after which the prime accused told the court" is parsed with "accused" as a relative
clause on the name before it (the victim of "the murder of X"), so the name it hangs on would
be read as the one accused. A participle with a determiner of its own on its left ("the
accused", "the prime accused": the article on it or on its adjective) and no auxiliary is a
noun phrase, not a clause, and accuses no one it hangs on; "X, who was accused of ..." keeps
its relative pronoun and auxiliary, and is still read.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["noun_participle"]

_CLAUSE_DEPS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})


def noun_participle(verb: Token) -> bool:
    """Whether ``verb`` (a participle the parser hung as a clause) stands as a noun: a
    determiner before it, on it or on an adjective of its own, and no auxiliary or subject."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("relcl", "acl"):
        return False
    left = [c for c in verb.children if c.i < verb.i]
    if any(c.dep_ in _CLAUSE_DEPS for c in verb.children):
        return False
    determined = [c for c in left if c.dep_ == "det"] + [
        d for c in left if c.dep_ == "amod" for d in c.children if d.dep_ == "det" and d.i < c.i
    ]
    return bool(determined) and all(t.i < verb.i for t in determined)
