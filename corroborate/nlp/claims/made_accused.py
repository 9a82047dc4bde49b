"""Whom a role noun is predicated of through a passive verb of making, or a conjunct copula.

South Asian police and court reporting names someone in a case by saying he "has been made
an accused" or "was made the prime accused": the noun completes a passive of making
(``making_verbs``), and whom it describes is the passive's subject, as with "X is an
accused". The parser reads "the prime accused" there as a clause of its own ("prime" its
subject, "accused" a participle), so the participle on such a verb is the noun too.

A clause joined to another may leave its subject to the first ("Babul was not at the clash
and had been made the prime accused"; "X, believed to be hiding abroad, is the prime accused",
parsed with "is" a conjunct of "believed"): the predicate then describes the first clause's
subject. A conjunct with a subject of its own keeps it ("X was arrested and Y is the main
accused"). That walk is ``grammar.subject_holder``'s, the one ``subjects_through_conjuncts``
makes.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.grammar import negated_or_possible

__all__ = ["made_into"]

# how the parser hangs the noun a passive of making gives its subject: the object
# predicate ("made an accused"), an attribute, or a clause ("made the prime accused")
_COMPLEMENTS = frozenset({"oprd", "attr", "ccomp"})


def made_into(noun: Token, lex: LegalLexicon) -> Token | None:
    """The passive verb of making whose subject ``noun`` says someone was made ("X has been
    made an accused"), or None: not an active one ("police made him sign"), nor one negated
    or only possible ("had not been made accused", "would otherwise be made an accused")."""
    verb = noun.head
    if noun.dep_ not in _COMPLEMENTS or verb.i == noun.i:
        return None
    if verb.lemma_.lower() not in lex.making_verbs:
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ in ("dobj", "nsubjpass") for c in noun.children):
        return None  # a clause of its own ("was made to believe he was accused")
    if negated_or_possible(verb, lex.modal_auxiliaries):
        return None
    return verb
