"""Contact with the crime refused: "his client had never met the trader", "she never
approached the deceased", "her husband had never dealt with any inspector", "the officer had
never been to the flat", "my client was not at Marsh Lane". Said by the accused's side, a
clause that says the accused never came near the crime's people or places denies the deed
the report tells, though no crime is named - as an alibi does (``claims.alibis``), and like
an alibi it clears only one already accused (``Answers._denied_in_content``): a witness who
"had never met the victim" is accused of nothing.

Read from the parse, two shapes:

- ``denies_contact``: a negated verb of meeting or approaching (the legal lexicon's
  ``contact_verbs``) whose object - a direct object, or the object of its preposition ("dealt
  with", "spoke to") - is someone or somewhere not the subject's own: "met the trader", not
  "met his lawyer" or "seen his children" (one's own people are no part of the crime).
- ``denies_being_at``: a negated verb of being with a phrase that places its subject at, in,
  on, to or near a named place or a definite one ("at Marsh Lane", "to the flat", "near the
  ponds", "on that road"), or "present" there ("was not present at the station"): the scene
  the report told - with no word that makes it one's own ("at his house"); "in his life"
  beside it says all time, as "never" does, and is no place.

Neither tells a time of its own: "had not seen the boy since 2019" or "was not at the depot
when police came" speaks of some other moment (a time of the crime, "that night", is an
alibi's, read there).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import negated

__all__ = ["denies_being_at", "denies_contact"]

_LEGAL = legal()
# What may tell a clause's time, besides the phrase that places it: a phrase, a clause, an
# adverb, a bare noun ("since May", "when police came", "that week").
_TIME_DEPS = frozenset({"prep", "advcl", "advmod", "npadvmod", "tmod", "pcomp"})
# The prepositions of a place one may be at: "at Marsh Lane", "in Harlow Park", "to the flat",
# "near the ponds", and a place one stands on or rides (den97: "was never on that road", "was
# not on the farm", "not on the ship": counsel, kin and the accused say it so in h19, h27,
# lf11, lf15 and lf34); a time after "on" ("on that day", "on Monday") is no pointed place
# (``_a_pointed_place``), and "on duty" or "on bail" points at nothing.
_PLACING = frozenset({"at", "in", "to", "inside", "near", "on"})
# Determiners that point at one the report told: "the flat", "that shop", "this trader",
# "any inspector" (anyone of the kind).
_POINTING = frozenset({"the", "that", "this", "any"})


def denies_contact(act: Token) -> bool:
    """Whether a negated verb of meeting says its subject never met someone or went somewhere
    not their own, at no time of its own ("had never met the trader", "never dealt with any
    inspector")."""
    if act.lemma_.lower() not in _LEGAL.contact_verbs or not negated(act):
        return False
    objects = [c for c in act.children if c.dep_ == "dobj"]
    meeting = _LEGAL.contact_prepositions
    phrases = [c for c in act.children if c.dep_ == "prep" and c.lower_ in meeting]
    objects += [o for p in phrases for o in p.children if o.dep_ == "pobj"]
    if not objects or not all(_not_ones_own(o) for o in objects):
        return False
    return not _time_of_its_own(act, phrases)


def denies_being_at(act: Token) -> bool:
    """Whether a negated verb of being says its subject was not at a place the report points
    at, at no time of its own ("had not been at Marsh Lane", "had never been to the flat")."""
    if act.lemma_.lower() != "be" or not negated(act):
        return False
    # "was not even present at the police station": an adjective of being there says what
    # the bare verb does, its phrase the place
    present = _LEGAL.presence_adjectives
    presence = [c for c in act.children if c.dep_ == "acomp" and c.lemma_.lower() in present]
    if any(c.dep_ in ("attr", "acomp", "dobj") and c not in presence for c in act.children):
        return False  # "was not a party to it", "was not aware": no place
    placed = [c for w in [act, *presence] for c in w.children]
    lifelong = [c for c in placed if _in_a_lifetime(c)]
    phrases = [c for c in placed
               if c.dep_ == "prep" and c.lower_ in _PLACING and c not in lifelong]  # fmt: skip
    places = [o for p in phrases for o in p.children if o.dep_ == "pobj"]
    if not places or not all(_a_pointed_place(o) for o in places):
        return False
    return not any(_time_of_its_own(w, phrases + lifelong) for w in [act, *presence])


def _in_a_lifetime(phrase: Token) -> bool:
    """ "in his life", "in my lifetime": all time, like "never" itself - no place (a life is
    no scene) and no time of its own."""
    if phrase.dep_ != "prep" or phrase.lower_ != "in":
        return False
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in _LEGAL.lifetime_nouns
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
        for o in phrase.children
    )  # fmt: skip


def _not_ones_own(noun: Token) -> bool:
    """Someone or something not the subject's own: no owner ("the trader", "any inspector",
    "Harlow"), or one another's ("that tailor's shop") - not "his lawyer", "my family"."""
    if noun.pos_ == "PRON":
        return noun.lower_ not in ("myself", "himself", "herself", "themselves")
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if any(o.pos_ == "PRON" for o in owners):
        return False
    return noun.pos_ == "PROPN" or bool(owners) or _pointed(noun)


def _a_pointed_place(noun: Token) -> bool:
    """A named place ("Marsh Lane", "Harlow") or one the report points at ("the flat", "that
    shop"), no one's own ("his house") and no state one may be in ("in custody", "in
    trouble": no determiner)."""
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return False
    if noun.pos_ == "PROPN":
        return noun.ent_type_ not in ("PERSON", "DATE", "TIME")
    return noun.pos_ == "NOUN" and _pointed(noun) and noun.ent_type_ not in ("DATE", "TIME")


def _pointed(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _POINTING for c in noun.children)


def _time_of_its_own(act: Token, phrases: list[Token]) -> bool:
    """Whether the clause tells a time besides its place or object: "since 2019", "when police
    came", "that week" ("never" itself, and "even", tell none)."""
    kept = {p.i for p in phrases}
    return any(
        c.dep_ in _TIME_DEPS and c.i not in kept and c.lower_ not in _LEGAL.contact_adverbs
        for c in act.children
    )
