"""The accused's deed told as ordinary work: what the accused's side says of the accused's
trade - "her husband had run the shop for twenty years without a single complaint", "his
father buys scrap from anyone, like every dealer in the bazar", "he writes a hundred deeds a
month from the papers people bring", "the mechanic sells engines to fishermen every day". No
word of it denies, yet said for one the report accuses it answers the charge: what he did
was his daily, lawful trade, done for years or as all of his trade do it, not the crime. Like
an alibi or a lawful deal (``claims.alibis``, ``claims.lawful_dealing``) it clears only one
the report accuses already, and only in the words of one who speaks for the accused - kin or
counsel (``Answers._denied_in_content``, ``SPEAKING_FOR``): the police telling that X "sold
the stamps every day" is no denial, nor is a witness's word, nor the accused's own account of
a habit, which may be the confession itself ('"He told us they filled three hundred bottles a
day," the SHO said').

Read from the parse (``told_as_ordinary_work``): a verb, not negated and not passive, with a
subject of its own or a conjunct's, that does something (an object, a predicate noun - "had
been a licensed dealer" - or a place it is done in) and carries, in its own phrases (not in
a clause below it), a mark of ordinary work - the dealing lexicon's words:

- a long course, "for" a number of years or decades ("for twenty years", "for decades");
- a clean record, "without" a complaint ("without a single complaint");
- a habit, "every" or "a" day, week, month ("every day", "fourteen hours a day");
- a likeness to all of the trade: "like every dealer", "as any dealer does", "as all agents
  do" (a determiner of everyone of a kind on the one compared).

Not a crime verb ("had been cheating people for years" accuses), nor a copula of being held
("had been in jail for two years") or of a state ("had been ill for years").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.dealing import dealing
from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import negated

__all__ = ["told_as_ordinary_work"]

_LEX = dealing()
# The links inside a verb's own phrases: a preposition and its object, an object, a noun's
# own modifiers - not a clause of its own ("relcl", "ccomp", "advcl") that tells another act.
_OWN_PHRASE = frozenset({"prep", "pobj", "dobj", "npadvmod", "attr", "advmod", "amod"})
_ACTIVE = frozenset({"nsubj", "csubj"})
# What a verb does something to or in: an object, a predicate noun, a prepositional phrase.
_DOING = frozenset({"dobj", "attr", "prep", "dative"})


def told_as_ordinary_work(act: Token) -> bool:
    """Whether a clause's verb tells its subject's deed as ordinary work (above)."""
    lex = legal()
    lemma = act.lemma_.lower()
    if negated(act) or lemma in lex.crime_verbs:
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in act.children):
        return False  # "he had been jailed for two years"
    has_subject = any(c.dep_ in _ACTIVE for c in act.children)
    if not has_subject and act.dep_ != "conj":
        return False
    held = lex.custody_nouns | lex.prison_nouns
    doing = [c for c in act.children if c.dep_ in _DOING]
    if lemma == "be":
        # "had been a licensed dealer for twenty years", "has been in the market for thirty
        # years" - not "had been ill" nor "had been in custody for a year"
        doing = [c for c in doing if c.dep_ != "dobj"]
    places = [o for p in doing if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    if any(o.lemma_.lower() in held for o in places):
        return False
    marked = [p for p in doing if p.dep_ == "prep" and _a_mark(p)]
    if not [c for c in doing if c not in marked]:
        return False
    return bool(marked) or _marked_phrase(act)


def _a_mark(prep: Token) -> bool:
    """ "for twenty years", "without a single complaint", "like every dealer"."""
    word = prep.lower_
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        lemma = obj.lemma_.lower()
        if word == "for" and lemma in _LEX.course_units and _counted(obj):
            return True
        if word == "without" and lemma in _LEX.record_nouns:
            return True
        if word == "like" and _everyone_of_a_kind(obj):
            return True
    return False


def _counted(unit: Token) -> bool:
    """ "twenty years", "26 years", "decades", "many years" - not "a year"."""
    if unit.tag_ == "NNS":
        return True
    return any(c.dep_ == "nummod" for c in unit.children)


def _everyone_of_a_kind(noun: Token) -> bool:
    """ "every dealer", "any other dealer", "all agents"."""
    return any(
        c.dep_ in ("det", "amod", "predet") and c.lower_ in _LEX.everyone_determiners
        for c in noun.children
    )


def _marked_phrase(act: Token) -> bool:
    """A mark in the verb's own phrases below its first level ("supplied hospitals for
    twenty years without a single complaint": "without" on "years"; "writes a hundred deeds
    a month": "month" on the object), or a clause of likeness: "as any dealer does", "as all
    agents do", "as he did every day"."""
    for t in act.subtree:
        if t.i == act.i or not _in_own_phrase(t, act):
            continue
        if t.dep_ == "prep" and _a_mark(t):
            return True
        if t.dep_ == "npadvmod" and _a_habit(t):
            return True
    for clause in (c for c in act.children if c.dep_ == "advcl"):
        if not any(m.dep_ == "mark" and m.lower_ in ("as", "like") for m in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ in _ACTIVE]
        if any(_everyone_of_a_kind(s) or s.lower_ in _LEX.everyone_determiners for s in subjects):
            return True  # "as all agents do", "as any dealer does"
        if any(c.dep_ == "npadvmod" and _a_habit(c) for c in clause.children):
            return True  # "as he did every day"
    return False


def _a_habit(noun: Token) -> bool:
    """ "every day", "each week", "a month" - a unit of time a habit recurs in."""
    if noun.lemma_.lower() not in _LEX.habit_units:
        return False
    return any(c.dep_ == "det" and c.lower_ in {"every", "each", "a"} for c in noun.children)


def _in_own_phrase(token: Token, act: Token) -> bool:
    """Whether ``token`` hangs below ``act`` through phrases only, no clause between."""
    node = token
    while node.i != act.i:
        if node.dep_ not in _OWN_PHRASE:
            return False
        node = node.head
    return True
