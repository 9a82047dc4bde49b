"""A second predicate the parser made a clause beside the first instead of its conjunct:
"Police said X was arrested at his home and, in a statement under caution, admitted the
stabbing" is parsed with "arrested" (holding the "and") and "admitted" both clauses of
"said", so "admitted" seems to have no subject. A subjectless clause with no "that", right
after a clause of the same verb that ends in "and" or "or", is that clause's next predicate
and shares its subject (``sibling_conjunct_hung``); the subject of a passive first predicate
does an active second one that takes a complement, as a conjunct's does ("X was arrested and
admitted ...", ``conjunct_subjects``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.hung_subject import first_conjunct_hung, passive_subject_acts
from corroborate.nlp.claims.phrase_names import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.grammar import NOUN_SUBJECTS, SUBJECT_DEPS

__all__ = ["first_predicate", "sibling_conjunct_hung", "conjunct_subjects"]

# The clause relations under which the parser hangs both predicates on the reporting verb.
_CLAUSES = frozenset({"ccomp", "parataxis"})
# Finite verb tags: a participle ("jailed") is no act of the first predicate's subject.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def sibling_conjunct_hung(verb: Token) -> Token | None:
    """The first predicate ``verb`` follows as a clause beside it of the same head ("said X
    was arrested and, in a statement, admitted ...": "arrested"), where ``verb`` has no
    subject and no "that" of its own and the nearest such clause before it holds a
    co-ordinator after its own head; None otherwise."""
    if verb.dep_ not in _CLAUSES or verb.tag_ not in _FINITE:
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children):
        return None
    before = [c for c in verb.head.children if c.dep_ in _CLAUSES and c.i < verb.i]
    if not before:
        return None
    first = before[-1]
    if not any(c.dep_ in NOUN_SUBJECTS for c in first.children):
        return None  # a first clause with no subject has none to share
    if not any(c.dep_ == "cc" and first.i < c.i < verb.i for c in first.children):
        return None  # "said X was held, admitted ...": no co-ordinator joins them
    return first


def conjunct_subjects(first: Token, verb: Token) -> frozenset[str]:
    """The relations of ``first``'s subject that ``verb``, its second predicate, shares: the
    passive subject where it does ``verb`` ("X was arrested and admitted the stabbing":
    ``hung_subject.passive_subject_acts``), else the active one."""
    return PASSIVE_SUBJECTS if passive_subject_acts(first, verb) else ACTIVE_SUBJECTS


def first_predicate(verb: Token) -> Token | None:
    """The first predicate whose subject ``verb`` shares, where the parser made it the
    complement of ``verb`` (``first_conjunct_hung``) or a clause beside it."""
    return first_conjunct_hung(verb) or sibling_conjunct_hung(verb)
