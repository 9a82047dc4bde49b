"""Who owns a noun of the accused's side's plea when no possessive of a pronoun or a name
tells it: "the defence claim that the statement had been extracted under torture", "the
argument of his lawyer that the statement his client gave police was taken at two in the
morning", "the submission by counsel for X that ...", "the defence's contention that ...".

A court's ruling tells the accused's challenge to his confession as the noun it turns down
("rejected", "dismissed") rather than as a verb of saying with a subject. The noun's owner is
the one who says what its clause holds - the speaker a verb of saying would have had - and
``CoercedOwners._teller`` asks it where the noun has no subject. Only an owner of the
accused's side (``denials.of_the_defence``: "the defence", "his lawyer", "the accused"): the
prosecution's argument, a witness's claim or a complainant's version take nothing back.
A possessive pronoun or name ("his claim", "X's claim") is left where it was read before
(``CoercedOwners._unparsed_speakers``, ``TakenBackNouns``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.side_pleas import owners_after, plea_held_clauses
from corroborate.nlp.denials import of_the_defence

__all__ = ["plea_clauses", "plea_owner"]


def plea_owner(noun: Token, plea_nouns: frozenset[str]) -> Token | None:
    """The word of the accused's side that owns a plea noun (``plea_nouns``: "claim",
    "argument", "submission"): a compound before it ("the defence claim"), a possessive
    that is itself a noun of that side ("the defence's argument", "his lawyer's
    submission"), or the object of an "of" or "by" phrase on it ("the argument of his
    lawyer", "the submission by the defence"). None for any other noun, owner or side."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in plea_nouns:
        return None
    owners = [c for c in noun.children if c.dep_ in ("compound", "poss") and c.pos_ == "NOUN"]
    owners += owners_after(noun)
    return next((o for o in owners if of_the_defence(o)), None)


def plea_clauses(noun: Token, plea_nouns: frozenset[str]) -> list[Token]:
    """What a plea noun of the accused's side (``plea_owner``) holds, as ``side_pleas``
    reads a plea's clauses (``plea_held_clauses``): each clause after it opened by its own
    "that" ("the defence claim that the statement had been extracted"), hung on the noun, on
    the owner after "of" ("the argument of his lawyer that ...") or on the verb whose object
    the plea is - never a relative on it ("the claim he made in court")."""
    owner = plea_owner(noun, plea_nouns)
    return [] if owner is None else plea_held_clauses(noun, [owner])
