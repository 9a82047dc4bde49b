"""Custody a court puts someone in, told with "in": "the judge placed him in pre-trial
detention", "ordered them placed in provisional detention", "placed X in judicial custody".
"Sent to judicial custody" is read by its "to" (``Rulings``); "in" after a verb of placing
says the same where the court places - a remand, as custody a court keeps someone in before
trial is. Not custody the police place someone in ("police placed him in custody": an
arrest), unless the place is itself a court's ("judicial custody", ``judicial_place``), nor
someone's custody ("placed in the custody of his aunt").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.judicial_places import custody_owner, judicial_place

__all__ = ["placed_in_custody"]


def placed_in_custody(
    verb: Token, prep: Token, pobj: Token, lex: LegalLexicon, by_a_court: Callable[[Token], bool]
) -> bool:
    """Whether ``verb`` (a verb of placing, ``placing_verbs``) puts its patient "in" custody a
    court keeps: a court's place (``judicial_place``), or custody (``custody_nouns``) that a
    court places them in - the court the verb's doer, or the doer of the ordering verb whose
    small clause the verb is ("the judge ordered them placed in detention")."""
    if prep.lower_ != "in" or verb.lemma_.lower() not in lex.placing_verbs:
        return False
    if any(custody_owner(c) for c in pobj.children):
        return False  # "in the custody of his aunt", "in his mother's custody"
    if judicial_place(pobj, lex):
        return True
    if pobj.lemma_.lower() not in lex.custody_nouns:
        return False
    head = verb.head
    ordered = verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in lex.ordering_verbs
    return by_a_court(verb) or ordered and by_a_court(head)
