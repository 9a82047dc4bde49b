"""An alibi told as sleep with no time: "he had been asleep in the servants' quarter", "his
nephew had been sleeping in another block", "my son was asleep in the house with us" (den92).

Said by the accused's side of one the report accuses (``claims.answers`` and
``claims.clearing_acts`` ask it through ``alibis.places_at_home``), a state in which one does
nothing (the legal lexicon's ``absent_states``: asleep, sleeping, unconscious ...) is where
and how he was when the crime was done, as "at home" is: the words answer the accusation, and
the crime's moment is the one they mean. The same clause with the crime's moment ("asleep in
the office at the time of the attack", "that night") is ``alibis.places_elsewhere``'s.

Read from the parse: a verb of being in the past whose predicate is such a state, or the
progressive "was sleeping", not negated, with nothing besides but places ("in the guard
room", "inside", "at home"), "with" phrases and "throughout" - no phrase, clause or adverb of
time ("asleep when police came" tells where he was arrested, not where he was at the crime),
and no place one drives from (``driving_posts``: "asleep at the wheel" tells the driver
asleep while driving, the crash's cause - no alibi).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.alibi_moments import MOMENT_NOUNS
from corroborate.nlp.grammar import negated

__all__ = ["asleep_with_no_time"]

_LEGAL = legal()
# Prepositions of place a sleeper may be told with.
_PLACING = frozenset({"in", "inside", "at", "on"})
# What may stand beside the state and tell nothing of time.
_BARE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "punct", "cc", "conj", "mark"})


def asleep_with_no_time(act: Token) -> bool:
    """Whether a clause tells its subject asleep (or in another state of doing nothing) and
    tells no time at all (above)."""
    states = _LEGAL.absent_states
    if negated(act):
        return False
    if act.lemma_.lower() == "be":
        state = [c for c in act.children if c.dep_ == "acomp" and c.lower_ in states]
        if not state or any(c.dep_ in ("attr", "dobj") for c in act.children):
            return False
    elif not (act.lower_ in states and any(c.dep_ == "aux" and c.lemma_.lower() == "be"
                                           for c in act.children)):  # fmt: skip
        return False  # "was sleeping in the guard room": the progressive only
    else:
        state = []
    if not _past(act):
        return False  # "he is asleep": now, not at the crime
    for c in act.children:
        if c in state or c.dep_ in _BARE_DEPS:
            continue
        if c.dep_ == "prep" and (c.lower_ == "with" or _a_place(c)):
            continue
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ in ("throughout", "inside", "home"):
            continue
        return False  # a time, a purpose or any other phrase: not only asleep somewhere
    return True


def _a_place(prep: Token) -> bool:
    """ "in the servants' quarter", "inside the house", "at home": a phrase of place whose
    object is no time and no seat one drives from."""
    if prep.lower_ not in _PLACING:
        return False
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objects) and all(
        not _a_time(o) and o.lemma_.lower() not in _LEGAL.driving_posts for o in objects
    )


def _a_time(noun: Token) -> bool:
    """ "the morning", "Sunday night", "the first quarter": a noun of time (``MOMENT_NOUNS``:
    "in the morning", "at the time" tell a time, not a place) - but not one that
    someone owns, "the servants' quarter", which is a place (whatever the tagger says)."""
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    return noun.lemma_.lower() in MOMENT_NOUNS or noun.ent_type_ in ("DATE", "TIME")


def _past(act: Token) -> bool:
    """ "was", "were", "had been", "was sleeping": told of a moment before the report."""
    verbs = [act, *(c for c in act.children if c.dep_ == "aux")]
    return any(v.tag_ in ("VBD", "VBN") for v in verbs)
