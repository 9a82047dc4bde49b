"""A second predicate of a reported clause that the parser hung on a noun as its clause:
"his client had no power to change anyone's turn and had been named only because he works
there" (``named`` read as a clause of "power"). No clause of a noun has a finite auxiliary
of its own ("had been named"), so one that has, after "and" and with no subject, is the
reported clause's next predicate - read as the accused's side's word too
(``predicates_hung_below``, which ``claims.answers`` asks of every reported clause), as is
one the parser joined to a verb deep inside the clause ("he had presented himself as soon
as he heard he was being sought and had nothing to do with her death").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["conjunct_read_as_a_noun_clause", "predicates_hung_below"]

# Finite verb tags: an auxiliary with one of them makes its verb finite.
_FINITE = ("VBD", "VBZ", "VBP")


def conjunct_read_as_a_noun_clause(verb: Token) -> bool:
    """ "his client had no power to change anyone's turn and had been named only because
    ...": a second predicate after "and" the parser hung on the object's noun as its clause
    ("power ... named/acl") - no clause of a noun has a finite auxiliary of its own, nor a
    subject here."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    if not _finite_auxiliary(verb):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    before = verb.left_edge.i - 1
    return before >= 0 and verb.doc[before].dep_ == "cc"


def predicates_hung_below(clause: Token) -> list[Token]:
    """ "his client had presented himself as soon as he heard he was being sought and had
    nothing to do with her death": a second predicate of the reported clause, with no subject
    of its own and a finite verb, that the parser joined to a verb deep inside it (or hung on
    a noun, ``conjunct_read_as_a_noun_clause``). Only through verbs and adverbs: a conjunct
    inside a relative clause or a noun's phrase ("the men who were drunk and had nothing to
    do with it") tells of someone else."""
    out: list[Token] = []
    for t in clause.subtree:
        if conjunct_read_as_a_noun_clause(t):
            out.append(t)
            continue
        if t.dep_ != "conj" or t.head.i == clause.i or not _finite(t):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
            continue
        path = [
            a for a in t.ancestors if a.i != clause.i and clause.i in {b.i for b in a.ancestors}
        ]
        if all(a.pos_ in ("VERB", "AUX", "ADV") and a.dep_ not in ("relcl", "acl") for a in path):
            out.append(t)
    return out


def _finite(verb: Token) -> bool:
    """A finite verb, or one with a finite auxiliary ("had been", "was washing")."""
    return verb.tag_ in _FINITE or _finite_auxiliary(verb)


def _finite_auxiliary(verb: Token) -> bool:
    """ "had been named", "was washing": an auxiliary of ``verb`` in a finite form."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in verb.children)
