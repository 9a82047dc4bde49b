"""A thing put on the accused by others: the accused's side saying "the marked notes were
planted on him", "the money was put in my waistcoat while I was being held", "the police
slipped the packet into his bag", "someone had hidden the pistol in her car" - the thing that
ties the accused to the deed is not theirs, so the clause answers the accusation as "no
evidence links him to it" does (``unlinked.nothing_links`` asks it, and it gives, as that
does, the ones the thing would tie).

One reader of the relation: a verb of putting (the legal lexicon's ``planting_verbs``), not
negated and with no modal, whose thing (its object, or its passive subject) is no person, and
whose place phrase ("on", "in", "into", "inside", "under") holds a personal pronoun ("on
him", "on me") or a noun a personal pronoun owns ("in my waistcoat", "into his bag") - that
pronoun is the one it clears, whoever the reporter's verb or place. Put by the owner
himself ("I put the money in my pocket", "he hid the pistol in his car": a putter's pronoun
of the same person as the owner's) it is a deed owned, no denial; nor is a thing put nowhere
anyone owns ("the money was put in a locker").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import negated

__all__ = ["planted_on"]

_LEGAL = legal()
# Prepositions that put a thing on or in someone or what is theirs.
_PLACING = frozenset({"on", "in", "into", "inside", "under", "onto"})
# The pronouns of a person put upon or owning the place: "on him", "in my waistcoat".
_PERSONS = frozenset({"him", "her", "me", "them", "us", "his", "my", "their", "our"})
# Each pronoun of a putter, with the pronouns of the same person as owner or place: "I put
# it in my pocket", "he hid it in his car" tell the owner's own deed.
_SAME_PERSON = {
    "i": frozenset({"me", "my"}),
    "we": frozenset({"us", "our"}),
    "he": frozenset({"him", "his"}),
    "she": frozenset({"her"}),
    "they": frozenset({"them", "their"}),
}


def planted_on(act: Token) -> list[Token]:
    """The pronouns of those a thing was put on or in by others (above); empty when none."""
    if act.pos_ != "VERB" or act.lemma_.lower() not in _LEGAL.planting_verbs or negated(act):
        return []
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in act.children):
        return []  # "they could put anything in my bag": what may be, no deed told
    passive = [c for c in act.children if c.dep_ == "nsubjpass"]
    if passive:
        things = passive
        putters = [a for c in act.children if c.dep_ == "agent" for a in c.children]
    else:
        things = [c for c in act.children if c.dep_ == "dobj"]
        putters = [c for c in act.children if c.dep_ == "nsubj"]
        if not putters:
            return []  # no one told as putting it: a conjunct, an order
    if not things or any(t.pos_ == "PRON" and t.lower_ in _PERSONS for t in things):
        return []  # "they put him in a cell": a person put somewhere, not a thing
    owners = [
        owner
        for prep in act.children
        if prep.dep_ == "prep" and prep.lower_ in _PLACING
        for place in prep.children
        if place.dep_ == "pobj"
        for owner in [place, *place.children]
        if (owner.i == place.i or owner.dep_ == "poss") and owner.lower_ in _PERSONS
    ]
    # "I put the money in my pocket": the owner's own deed, no denial
    own = {o for p in putters for o in _SAME_PERSON.get(p.lower_, ())}
    return [o for o in owners if o.lower_ not in own]
