"""An alibi: a clause that places its subject somewhere at the time of the crime ("her client
had been in Lyon on the day of the killing", "he had gone to Lyon before the murder", "he was
on duty at the time of the shooting"). Told by the accused or by their lawyer or family, it
says the accused was not where the crime was done - a denial of the act the report tells,
though no word of it denies (``claims.answers`` asks it of a reported clause, and only for
the accused's side: the police placing X somewhere is no denial).

Read from the parse: the clause's verb is no crime and takes no object (so "he fired at the
guards during the robbery" or "he drove the car on the day of the killing" is no alibi), it
has a phrase of its own that places its subject (one that names no crime: "at the scene of
the killing" places them at the crime), and a phrase that tells the crime's time - a noun of
a moment of the crime ("on the day of the killing", "at the time of the shooting", "on the
night of the murder") or the crime itself after a preposition of time ("before the murder").
A crime someone owns ("on the day of his death") may be the speaker's kin's, a victim's: none.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.dates import date_words
from corroborate.lexicon.legal import legal
from corroborate.nlp.acts import act_of

__all__ = ["places_elsewhere"]

_LEGAL = legal()
_DATES = date_words()
# A moment: "the day", "the night", "the time" of the crime.
_MOMENTS = _LEGAL.occasion_nouns | _DATES.day_parts | frozenset(_DATES.units)


def places_elsewhere(act: Token) -> bool:
    """Whether a clause's verb places its subject somewhere at the time of a crime (above)."""
    if any(c.dep_ in ("neg", "dobj", "attr", "acomp") for c in act.children):
        return False
    if act.lemma_.lower() in _LEGAL.crime_verbs or act_of(act.text) is not None:
        return False
    phrases = [c for c in act.children if c.dep_ == "prep"]
    # the time may hang on the place ("in Lyon on the day of ..."): one level down too
    times = [p for p in phrases if _crime_time(p)]
    times += [q for p in phrases for o in _objects(p) for q in o.children
              if q.dep_ == "prep" and _crime_time(q)]  # fmt: skip
    if not times:
        return False
    return any(p not in times and _a_place(p) for p in phrases)


def _objects(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]


def _crime(noun: Token) -> bool:
    """A crime noun that no one owns ("the killing", not "his death")."""
    lemma = noun.lemma_.lower()
    if lemma not in _LEGAL.crime_nouns and noun.lower_ not in _LEGAL.crime_nouns:
        return False
    return not any(c.dep_ == "poss" for c in noun.children)


def _crime_time(prep: Token) -> bool:
    """ "on the day of the killing", "at the time of the shooting", "before the murder"."""
    for obj in _objects(prep):
        if prep.lower_ in _LEGAL.alibi_prepositions and _crime(obj):
            return True
        if obj.lemma_.lower() not in _MOMENTS:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(_crime(o) for o in _objects(c))
               for c in obj.children):  # fmt: skip
            return True
        if any(c.dep_ == "relcl" and c.lemma_.lower() in _LEGAL.crime_verbs
               for c in obj.children):  # fmt: skip
            return True  # "on the day the officers were killed"
    return False


def _a_place(prep: Token) -> bool:
    """A phrase with an object that names no crime: "in Lyon", "at his bakery", "on duty"."""
    objects = _objects(prep)
    return bool(objects) and not any(
        _LEGAL.crime_nouns & {t.lemma_.lower(), t.lower_} for o in objects for t in o.subtree
    )
