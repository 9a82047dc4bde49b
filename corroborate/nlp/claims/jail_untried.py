"""A jail stayed in by one the report never tells judged: "X and Y remain at the provincial
prison", "Z remains in jail" in a report of an arrest, a charge or a bail hearing - held
awaiting trial, a remand; so is one held there in the passive ("the brothers were held at the
district prison", "they are being held at the prison complex": ``held_in_jail_untried``). A
jail alone is no remand where the report tells of a verdict or a sentence ("X, sentenced in
2019, remains in jail": a convict serving his term), so the whole report is asked: no verb of
judging (``ruling_verbs`` that convict, sentence or acquit) anywhere in it. Custody alone is
read by ``Custody._remains_held``; "on remand" by ``_on_remand``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.grammar import prep_objects

__all__ = ["held_in_jail_untried", "in_jail_untried"]

# The outcomes of a judging verb (the lexicon's ruling_verbs' labels): a report with one
# tells of a trial's end, and a jail there may be a sentence served.
_JUDGING = frozenset({"convicted", "sentenced", "acquitted"})


def in_jail_untried(verb: Token, lex: LegalLexicon, a_prison: Callable[[Token], bool]) -> bool:
    """Whether a verb of staying (``remaining_verbs``) keeps its subject "in" or "at" a jail
    (``prison_nouns``, the place's head: "the Siem Reap provincial prison") in a report that
    judges no one."""
    if verb.lemma_.lower() not in lex.remaining_verbs:
        return False
    return _jail_untried(verb, lex, a_prison)


def held_in_jail_untried(verb: Token, lex: LegalLexicon, a_prison: Callable[[Token], bool]) -> bool:
    """Whether a holding verb (``holding_verbs``; the caller asks that it be passive) holds its
    subject "in" or "at" a jail in a report that judges no one - a jail, not custody alone,
    which may be the police's after an arrest ("held at the police station")."""
    if verb.lemma_.lower() not in lex.holding_verbs:
        return False
    return _jail_untried(verb, lex, a_prison)


def _jail_untried(verb: Token, lex: LegalLexicon, a_prison: Callable[[Token], bool]) -> bool:
    """Whether ``verb`` or its dependents put someone "in" or "at" a jail, in a report whose
    verbs judge no one."""
    places = [o for h in (verb, *verb.children) for o in prep_objects(h, ("in", "at"))]
    # the place's head, or the noun it is a compound of: "the Papuda prison complex"
    jails = [w for o in places for w in (o, *(c for c in o.children if c.dep_ == "compound"))]
    if not any(a_prison(w) for w in jails):
        return False
    return not any(lex.ruling_verbs.get(t.lemma_.lower()) in _JUDGING for t in verb.doc)
