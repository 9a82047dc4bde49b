"""Harm to a person denied: a negated verb of bodily harm whose object is a person ("his
client never hit the boy", "I never hurt her", "he had not pushed the guard"), or a hand
laid or raised on or against one ("never laid a hand on him", "did not raise a finger
against anyone"), or a blow dealt ("he never threw a punch in his life").

A crime verb negated ("did not kill") clears whoever says it of themselves already
(``Answers._clears``); harm told by a plain verb of the body ("hit", "hurt", "push") or by
the idiom of the hand is no crime by its own word, so it clears - like an alibi - only one
the report accuses already, and only where the accused's side says it
(``Answers._denied_in_content``). What was harmed must be a person the words name as one (a
pronoun, a name, a noun of a person in the lexicon): "he never hit the car", "did not touch
the money", "never struck a deal" tell of a thing (a deed refused, which
``not_the_doer.denies_ever_doing`` reads: ``done_to_a_thing.harms_only_things``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal
from corroborate.lexicon.targets import target_words
from corroborate.nlp.grammar import prep_objects
from corroborate.nlp.person_words import PERSON_NOUNS

__all__ = ["a_person", "denies_harming"]

_LEGAL = legal()
# Verbs of saying, whose subject is a person: "the doctor said", "the cashier told police".
_SAYING = kinds_lexicon().reporting_cues
# Objects that stand for a thing, never a person: "did not touch it", "never hit anything"
# (the lexicon's, and the placeholders "it", "there").
_THINGS = _LEGAL.thing_pronouns | target_words().placeholders
# Entity types no person is given even by mistake: "never hit the Corolla", "$5,000".
_NO_PERSON_TYPES = frozenset({"PRODUCT", "MONEY", "DATE", "TIME", "CARDINAL", "QUANTITY"})
# Prepositions whose object a hand is laid or raised on: "on him", "against anyone".
_HAND_PREPOSITIONS = ("on", "upon", "against")
# Determiners of a blow no one in particular took: "a punch", "any blow", "a single shot".
_INDEFINITE = ("a", "an", "any", "one")


def denies_harming(act: Token) -> bool:
    """Whether a negated verb tells harm not done to a person (above)."""
    if not any(c.dep_ == "neg" for c in act.children):
        return False
    lemma = act.lemma_.lower()
    objects = [c for c in act.children if c.dep_ == "dobj"]
    if lemma in _LEGAL.hand_laying_verbs:
        # "never laid a hand on that man": the phrase may hang on the verb or on the hand
        hands = [o for o in objects if o.lemma_.lower() in _LEGAL.hand_nouns]
        harmed = [p for h in hands for p in prep_objects(h, _HAND_PREPOSITIONS)]
        harmed += prep_objects(act, _HAND_PREPOSITIONS) if hands else []
        return any(a_person(p) for p in harmed)
    if any(_a_blow(o) for o in objects):
        return True  # "he never threw a punch in his life", "did not land a single blow"
    if lemma not in _LEGAL.harm_verbs:
        return False
    return any(a_person(o) or _a_person_in_the_report(o) for o in objects)


def _a_person_in_the_report(noun: Token) -> bool:
    """A common noun the lexicon does not know for a person's ("the doctor", "the cashier",
    "the nurse") that the report itself tells as one elsewhere: harmed ("assaulting a woman
    doctor", "the assault on a nurse", "the cashier was stabbed") or written with a name
    ("Nurse Anitha", "the doctor, Meera Nair"). The lexicon can never list every calling
    a victim has; the report that accuses says who the harmed one is, so the quoted
    "he did not touch the doctor" denies the harm it told.
    A thing harmed ("hit the car") stays no person: what denies harm to it is
    ``not_the_doer``'s deed, which reads it already."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    for other in noun.doc:
        if other.i == noun.i or other.lower_ not in (lemma, noun.lower_):
            continue
        if _harmed(other) or _named(other) or _a_speaker(other):
            return True
        if other.dep_ == "compound" and other.head.pos_ == "PROPN" and _harmed(other.head):
            return True  # "Nurse Ada Okafor was hurt": the title of a name harmed
    return False


def _harmed(noun: Token) -> bool:
    """Whether the noun is what a harm verb or noun acts on, not denied: "attacked the
    doctor", "the doctor was beaten", "the assault on a nurse"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in _HAND_PREPOSITIONS:
        head = head.head  # "the assault on a nurse", "an attack upon the guard"
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    if head.lemma_.lower() not in _LEGAL.harm_verbs:
        return False
    return not any(c.dep_ == "neg" for c in head.children)


def _a_speaker(noun: Token) -> bool:
    """Whether the noun says something: "the doctor told police", "the cashier said" - a
    person speaks; a paper "says" too ("the report said"), so the lexicon's nouns of what is
    reported are none (one a harm verb's object would be a deed on a thing, read by
    ``not_the_doer`` if at all)."""
    if noun.lemma_.lower() in _LEGAL.reported_nouns | _LEGAL.blank_documents:
        return False
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _SAYING


def _named(noun: Token) -> bool:
    """Whether a name goes with the noun: "Nurse Anitha" (the noun a title of the name),
    "the doctor, Meera Nair" (the name in apposition)."""
    if noun.dep_ == "compound" and noun.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children)


def _a_blow(noun: Token) -> bool:
    """A blow dealt to no one named, in the indefinite: "a punch", "a single blow", "any
    shot" (a noun of a harm verb, or of the lexicon's ``blow_nouns``). "The attack" is one
    the report told, whose denial is the deed's (``not_the_doer``), not this."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in _LEGAL.harm_verbs | _LEGAL.blow_nouns:
        return False
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children)


def a_person(word: Token, nouns: frozenset[str] = PERSON_NOUNS) -> bool:
    """A word that stands for a person: a personal pronoun ("him", "anyone"), a name, or a
    noun of a person the lexicon knows (``nouns``) - a man, a boy, a victim, a guard, a
    relative, a suspect ("that young man", "the deceased", "the boy"); with
    ``person_words.PARTY_NOUNS`` a client too ("seen my client near it": ``claims.unseen``).
    Not a thing: "the car", "it".
    Kept apart from ``person_words.person_word`` (the doer's and the fronted name's test) on
    purpose: the one harmed may be a surname NER took for a place or a body, or a word it
    typed PERSON but the tagger did not take for a name; a placeholder ("there") is no one
    whatever its tag; and a noun of a person is known by its form as well as its lemma."""
    lower, lemma = word.lower_, word.lemma_.lower()
    if lower in _THINGS:
        return False
    if word.pos_ == "PRON":
        return True
    if word.ent_type_ == "PERSON" or word.pos_ == "PROPN":
        # a name, whatever type NER gave it (it takes many a surname for a place); only
        # an object, a sum or a date is none
        return word.ent_type_ not in _NO_PERSON_TYPES
    return lemma in nouns or lower in nouns
