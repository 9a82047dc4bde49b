"""A place of holding that is a court's: "judicial custody", "the judicial lock-up".

Custody alone may be the police's after an arrest ("X is in custody" tells no ruling), but
custody or a lock-up called judicial (``judicial_adjectives``) is where a court's remand
keeps an accused until trial: "X has been in the judicial lock-up since", "sent back to the
judicial lock-up". The tokenizer splits "lock-up" at its hyphen and the parser makes "up"
the head with "lock" its compound, so the place is read as written across its compounds
(``lockup_nouns``) as well as by its lemma (``custody_nouns``). Custody or detention before
trial ("pre-trial detention", ``pretrial_words``) is a court's in the same way.

``custody_noun`` is the plainer reading the court's readers share: a noun of custody (or of
an arrest) that is no one's own ("his custody"), whoever holds it. ``custody_owner`` is the
other readers' test of whose custody it is: an "of" phrase or a possessor that is no length
("the custody of her aunt", "his mother's custody"; not "14 days' custody"). The two are
not one: ``custody_noun`` refuses a length's possessive and lets an "of" phrase by, and
its readers' remands and measures were measured so. ``custody_length`` says which dependent of
a custody noun is its length and no owner ("30 days' detention", "detention of up to 30
days"), for the reader of custody a court orders for a length (``CourtDetention``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.lengths import a_length

__all__ = ["before_trial", "custody_length", "custody_noun", "custody_owner", "judicial_place"]


def judicial_place(noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun`` (the object of "in" or "to") is custody or a lock-up a court holds
    people in: one with a judicial adjective of its own ("judicial custody"), not custody
    with no such word ("police custody", "in custody") nor another judicial noun ("judicial
    service")."""
    joined = [c.i for c in noun.children if c.dep_ in ("compound", "punct") and c.i < noun.i]
    place = noun.doc[min([noun.i, *joined]) : noun.i + 1].text.lower()  # "lock-up"
    held = place in lex.lockup_nouns or noun.lemma_.lower() in lex.custody_nouns
    judicial = any(c.dep_ == "amod" and c.lower_ in lex.judicial_adjectives for c in noun.children)
    return held and (judicial or before_trial(noun, lex))


def before_trial(noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun`` is written as held before trial ("pre-trial detention", "preventive
    detention", ``pretrial_words``) - custody a court orders. The tokenizer splits "pre-trial"
    at its hyphen into modifiers of the noun, so they are read as written."""
    modifiers = [c.i for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    before = noun.doc[min(modifiers) : noun.i].text.lower() if modifiers else ""
    return before in lex.pretrial_words


def custody_noun(noun: Token, lex: LegalLexicon, *, arrests: bool = False) -> bool:
    """Whether ``noun`` is custody (``custody_nouns``: "detention", "custody") - or, with
    ``arrests``, an arrest too (``arrest_nouns``: "house arrest", "arrest in prison") - that
    is not someone's ("his custody"). A court's measure, a release "from custody", the
    custody a court orders someone into and house arrest a court places him under are read
    by this one test; each reader adds what its own phrase needs (shelter, an "of" owner)."""
    lemma = noun.lemma_.lower()
    if lemma not in lex.custody_nouns and not (arrests and lemma in lex.arrest_nouns):
        return False
    return not any(c.dep_ == "poss" for c in noun.children)


def custody_length(child: Token) -> bool:
    """Whether a dependent of a custody noun is its length, not its owner: a possessor that
    is a length ("30 days' detention") or an "of" phrase whose objects are all lengths
    ("detention of up to 30 days"; ``lengths.a_length``)."""
    if child.dep_ == "poss":
        return a_length(child)
    if child.lower_ != "of":
        return False
    objects = [c for c in child.children if c.dep_ == "pobj"]
    return bool(objects) and all(a_length(o) for o in objects)


def custody_owner(child: Token) -> bool:
    """Whether a dependent of a custody noun says whose custody it is ("the custody of her
    aunt", "his mother's custody"); a length is no one's ("14 days' judicial custody"). The
    test of the readers that refuse someone's custody as a court's: a person kept "in" it
    (``court_placed``), sent "to" it (``Rulings``) or said to remain in it (``Custody``)."""
    if child.lower_ == "of":
        return True
    return child.dep_ == "poss" and child.ent_type_ != "DATE"
