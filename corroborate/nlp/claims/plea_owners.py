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

from corroborate.nlp.claims.side_pleas import plea_content_clause
from corroborate.nlp.denials import of_the_defence

__all__ = ["plea_clauses", "plea_owner"]

# the prepositions that name a plea's owner after it: "the argument of his counsel", "the
# submission made by the defence" (as ``side_pleas`` reads them for a denial)
_OWNER_PREPS = frozenset({"of", "by"})


def plea_owner(noun: Token, plea_nouns: frozenset[str]) -> Token | None:
    """The word of the accused's side that owns a plea noun (``plea_nouns``: "claim",
    "argument", "submission"): a compound before it ("the defence claim"), a possessive
    that is itself a noun of that side ("the defence's argument", "his lawyer's
    submission"), or the object of an "of" or "by" phrase on it ("the argument of his
    lawyer", "the submission by the defence"). None for any other noun, owner or side."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in plea_nouns:
        return None
    owners = [c for c in noun.children if c.dep_ in ("compound", "poss") and c.pos_ == "NOUN"]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in _OWNER_PREPS
               for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return next((o for o in owners if of_the_defence(o)), None)


def plea_clauses(noun: Token, plea_nouns: frozenset[str]) -> list[Token]:
    """What a plea noun of the accused's side (``plea_owner``) holds: each clause after it
    opened by its own "that" ("the defence claim that the statement had been extracted") -
    never a relative on it ("the claim he made in court"). The parser hangs the clause on the
    noun, or on the owner after "of" ("the argument of his lawyer that ...")."""
    owner = plea_owner(noun, plea_nouns)
    if owner is None:
        return []
    heads = [noun, owner] if owner.dep_ == "pobj" else [noun]
    held = [c for h in heads for c in h.children if c.dep_ in ("acl", "ccomp", "relcl")]
    # "dismissed the submission of his lawyer that ...": the parser may hang the clause on
    # the verb whose object the plea is, right after the plea's phrase
    if noun.dep_ == "dobj":
        held += [c for c in noun.head.children
                 if c.dep_ == "ccomp" and c.left_edge.i == noun.right_edge.i + 1]  # fmt: skip
    # a clause with its own "that", never a relative on the plea ("the claim he made"), as
    # ``side_pleas`` reads a plea's clause ("the plea of the defence that [it] was recorded
    # under duress": the parser may make "that" the passive's object)
    return [c for c in held if c.i > noun.i and plea_content_clause(c)]
