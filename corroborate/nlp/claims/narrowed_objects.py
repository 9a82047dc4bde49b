"""What a deed the accused's side narrows with "only" was done to, where the parser gives it
no object (lfd26). ``Protests._only_did`` reads "he had only processed a file", "my client was
merely a driver" - a restrictive adverb on a verb with an object or a predicate; without one
"only" may tell a time ("he had only just arrived", "only left on Monday"), so it asked for
one. The parser also hangs a deed's thing elsewhere:

- a free relative, hung as a clause: "had only countersigned what the computer showed", "only
  drove where he was told to drive", "had only explained how the machine works" - or as a
  relative clause of the verb ("only drives where the owner tells him to go", den86);
- a phrasal verb's or a verb's prepositional thing: "had only filled in the forms", "had only
  signed for fish meal", "only carried bags to the conveyor" - but not a time: "only after
  the raid", "only on Monday", "only at night" (a preposition of time relative to another,
  or a date, a time or a part of the day as its object);
- a first conjunct whose "only" is shared by the verb after it, which has the thing: "had only
  thawed and loaded what was handed to her".
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.dates import date_words
from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["acts_on_something"]

_DATES = date_words()
# the tags of "what", "where", "how", "whatever" that open a free relative
_WH_TAGS = frozenset({"WP", "WRB", "WDT"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def acts_on_something(verb: Token) -> bool:
    """Whether ``verb`` is done to a thing the parse hangs as a free relative, a
    prepositional phrase that is no time, or through a conjunct sharing its adverb (above)."""
    if _acts_on(verb):
        return True
    # "only thawed and loaded what was handed": the conjunct with no subject of its own
    return any(
        c.dep_ == "conj" and c.pos_ == "VERB" and not _has_subject(c) and _acts_on(c, objects=True)
        for c in verb.children
    )


def _acts_on(verb: Token, objects: bool = False) -> bool:
    for c in verb.children:
        if objects and c.dep_ in ("dobj", "attr"):
            return True
        # a free relative the parser may also hang as a relative clause of the verb itself
        # ("only drives where the owner tells him to go": "tells" a relcl of "drives")
        if c.dep_ in ("ccomp", "advcl", "dobj", "relcl") and _free_relative(c):
            return True
        if c.dep_ == "prep" and _a_thing(c):
            return True
    return False


def _free_relative(clause: Token) -> bool:
    """ "what the computer showed", "where he was told", "how a governor works": the clause
    opens with a wh-word and no "that" or subordinating mark."""
    first = next(iter(clause.subtree))
    return first.tag_ in _WH_TAGS and not any(c.dep_ == "mark" for c in clause.children)


def _a_thing(prep: Token) -> bool:
    """A prepositional phrase naming a thing or place, not a time."""
    if prep.lower_ in _DATES.relative_to_another:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and not any(
        o.ent_type_ in _TIME_ENTITIES or o.lower_ in _DATES.day_parts for o in objects
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in NOUN_SUBJECTS for c in verb.children)
