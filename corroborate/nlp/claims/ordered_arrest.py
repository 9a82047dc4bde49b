"""An arrest a court orders in a small clause: "the judge ordered X arrested pending trial",
"the court ordered X detained in a pre-trial detention centre until July 17".

Where courts hold suspects before trial (Turkey, Romania, Central Asia), wire English tells
the court's custody with the verbs of an arrest, as an order's bare participle. The parser
takes the participle for a past tense whose subject is the one ordered held ("X arrested"),
so an arrest read from the verb alone made X its doer - an investigator - and lost the
accused. The one the order names is the one arrested (``arrested_by_order``); and an order
that tells how long or till when the holding lasts ("pending trial", "for 30 days", "until
July 17") is the court's custody before trial, a remand (``held_for_a_term``), read where
every order's holding is (``Custody._held_by_order``). Without a term, "ordered X arrested"
may be a warrant for one still at large: an arrest, no remand.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.phrase_names import ACTIVE_SUBJECTS

__all__ = ["arrested_by_order", "held_for_a_term", "ordered_small_clause"]

# A bare participle as the tagger may give it: a past tense where it has no auxiliary.
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
# The words that open a holding's term: "pending trial", "for 30 days", "until July 17".
_TERM_WORDS = frozenset({"pending", "for", "until", "till"})


def ordered_small_clause(verb: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb`` is the bare participle of a custody order's clause ("ordered X
    arrested", "ordered X detained"): a complement of an order verb
    (``custody_order_verbs``) with no auxiliary and no "that" - not "ordered that police
    arrest X" nor "ordered police to arrest X", whose own subject does it."""
    if verb.dep_ != "ccomp" or verb.tag_ not in _PARTICIPLE_TAGS:
        return False
    if verb.head.lemma_.lower() not in lex.custody_order_verbs:
        return False
    return not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)


def arrested_by_order(verb: Token) -> list[Token]:
    """Who an order's small clause holds: the participle's own subject ("ordered X
    arrested"), or, where the parser made the held the order's objects, those before the
    participle ("ordered X and Y detained")."""
    subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
    if subjects:
        return subjects
    return [o for o in verb.head.children if o.dep_ == "dobj" and o.i < verb.i]


def held_for_a_term(verb: Token) -> bool:
    """Whether an order's participle tells how long or till when the holding lasts:
    "pending trial", "for 30 days", "until July 17" - a court's custody before trial, not a
    warrant for one at large."""
    return any(
        c.lower_ in _TERM_WORDS and c.dep_ in ("prep", "amod", "advmod") for c in verb.subtree
    )
