"""A bare surname a court acts on is not the harmed one of its bearers.

A report that names a victim and an accused of one surname ("Osbert Blake was attacked ...
Rohan Blake was charged") keeps writing the surname bare for the one the case is about, and
where the parse has a court act on it ("the magistrate remanded Blake", "Blake was
sentenced") that one is never the victim: a court remands, charges and sentences the
accused, not the dead or the wounded. Focus alone would pick the bearer named last, who may
be the victim, where the sentence before tells of the attack.

Read from the parse, with the legal lexicon's verbs: the bare name is the object (or the
passive subject) of a ruling or charging verb ("remand", "sentence", "charge"), directly or
as a conjunct of that object ("remanded Blake and Grant"); a bearer is harmed where the
object (or passive subject) of a crime verb ("was attacked", "killed X"), or named after
"of" on a crime noun ("the murder of X"), or in apposition to a victim word ("the victim, X"),
or counted "among the dead" or "among the victims" ("Among the dead were X, 41, and Y").
Only those bearers are set aside, and only while another bearer is left.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.mentions.kin import name_root

__all__ = ["unharmed_bearers"]

_T = TypeVar("_T")

# the dependencies of what a verb acts on: its object, or its subject where passive
_ACTED_ON = frozenset({"dobj", "nsubjpass", "obj"})


def unharmed_bearers(
    doc: Doc, at: int, fits: list[_T], place: Callable[[_T], tuple[int, str]]
) -> list[_T]:
    """``fits`` (the full names a bare name written at character ``at`` may stand for;
    ``place`` gives where each is written and its name) less the bearers harmed anywhere
    they are written, where a court acts on the bare name and a bearer not harmed is left."""
    if len(fits) < 2:
        return fits
    word = name_root(doc, at)
    if word is None or not _court_acts_on(word):
        return fits
    harmed = {place(f)[1] for f in fits if _harmed(doc, place(f)[0])}
    unharmed = [f for f in fits if place(f)[1] not in harmed]
    return unharmed if unharmed else fits


def _acting_verb(token: Token) -> Token | None:
    """The verb that acts on ``token`` (it or the first conjunct of its list its object or
    passive subject), or None."""
    while True:
        if token.dep_ == "conj" and token.head.i < token.i:
            token = token.head  # "remanded Blake and Grant": Grant is acted on as Blake is
        elif token.dep_ in ("nmod", "compound") and any(c.dep_ == "cc" for c in token.children):
            # "remanded Blake and Neville Grant" parsed as one name "Blake and ... Grant":
            # the first item of a list the parser read into the next one's name
            token = token.head
        else:
            return token.head if token.dep_ in _ACTED_ON else None


def _court_acts_on(token: Token) -> bool:
    law = legal()
    verb = _acting_verb(token)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    return lemma in law.ruling_verbs or lemma in law.charge_verbs


def _harmed(doc: Doc, start: int) -> bool:
    """Whether the name written at character ``start`` is told as harmed by a crime: acted
    on by a crime verb, named after "of" on a crime noun, or in apposition to a victim."""
    law = legal()
    token = name_root(doc, start)
    if token is None:
        return False
    verb = _acting_verb(token)
    if verb is not None and verb.lemma_.lower() in law.crime_verbs:
        return True
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in law.crime_nouns:
        return True  # "the murder of X", "the chopping death of fisherman X"
    if token.dep_ == "appos" and head.lemma_.lower() in law.victim_words:
        return True
    return _placed_among_the_dead(token)


def _placed_among_the_dead(token: Token) -> bool:
    """Whether the name is the subject (or a conjunct of it) of a verb with an "among" phrase
    whose object is a victim or a death word: "Among the dead were X, 41, a mixer, and Y" -
    the report counts X among those the crime killed, so a court acting on the bare surname
    means another bearer."""
    law = legal()
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    if token.dep_ not in ("nsubj", "attr"):
        return False
    harmed_words = law.victim_words | law.death_states
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "among"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in harmed_words for o in prep.children)
        for prep in token.head.children
    )
