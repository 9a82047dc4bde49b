"""A deed refused on the very thing the accusation is about: "I did not steal the cement",
"my client did not sell the land", "he did not print those notes", "she did not remove the
drums from the store" - a plain "not", no word of denying, and a verb no crime list holds.

``not_the_doer.denies_the_deed`` reads a negated verb whose words with its object's name an
act the lexicon knows ("did not fire", "never took a bribe"); ``none_of_it`` reads an object
counted down to nothing ("did not take any cement"). A definite object with any verb read
nothing: "did not attend the meeting" may tell one occasion missed. What makes the plain
"not" refuse the deed is the object: a thing the report named before as the thing of a deed
(a verb's object, a noun's "of" phrase) in a sentence that accuses someone (an arrest, a
charge, a crime - "arrested over the theft of cement", "charged with selling the land"), so
the clause denies doing to it what the accusation says was done, whatever verb the speaker
chose; a word of the accusation's setting ("under the law", "at the depot") is no such
thing. The reporter's paraphrase - another verb, the other thing of the charge, the words in
a quotation - reads the same.

Guards: a verb of a deed (no verb of knowing, seeing, saying or reading, not the copula or
"have"), no verb of crime or harm (their own readings), no modal ("will not sell the land"
is what is to come), nothing done for a person ("did not give him the cement"), no time of
its own ("did not touch the drum that day" is one occasion), no manner, means or reason the
"not" may refuse instead ("had not bought the copper with receipts"; a phrase of where the
thing went, "from the store", "to anyone", is the deed's), and an object that is a thing -
no person, and no word given or paper of the case ("did not sign the statement", "did not
read the charge": retractions and pleas are read elsewhere). Asked, like the other clearing
readings, of a clause the accused's side reports, and it clears only one the report accuses
already (``Answers._clears``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.no_deed import NO_DEED_VERBS, STATE_VERBS
from corroborate.nlp.grammar import negated
from corroborate.nlp.person_words import PERSON_NOUNS

__all__ = ["denies_doing_to_the_thing"]

_LEGAL = legal()
# Nouns of words given and papers of the case: what is signed, read or filed, no thing taken.
_WORDS_AND_PAPERS = (
    _LEGAL.statement_or_confession_nouns | _LEGAL.plea_nouns
    | _LEGAL.complaint_nouns | _LEGAL.testimony_nouns | _LEGAL.reply_nouns
    | _LEGAL.charge_nouns | _LEGAL.accusation_nouns | _LEGAL.order_nouns
    | _LEGAL.ruling_nouns | _LEGAL.verdict_nouns | _LEGAL.bail_nouns | _LEGAL.appeal_nouns
)  # fmt: skip
# Words that make a sentence accuse someone: an arrest, a charge, an accusation, a crime.
_ACCUSING = (
    frozenset(_LEGAL.charge_verbs) | frozenset(_LEGAL.arrest_verbs) | _LEGAL.accuse_verbs
    | _LEGAL.charge_nouns | _LEGAL.crime_nouns | _LEGAL.crime_verbs | _LEGAL.accused_nouns
    | _LEGAL.offence_nouns | _LEGAL.wrongdoing_nouns | _LEGAL.arrest_nouns
)  # fmt: skip
# Verbs of the accusation itself, whose object is the one accused, no thing of the deed.
_ACCUSING_VERBS = (
    frozenset(_LEGAL.charge_verbs) | frozenset(_LEGAL.arrest_verbs) | _LEGAL.accuse_verbs
)
# Prepositions of where a thing went or came from: part of the deed, not a manner of it.
_MOVING = frozenset({"from", "to", "into", "out", "off", "away", "onto"})
# Adverbs that strengthen the "not" itself: "did not even take", "had not actually sold".
_NEGATING = frozenset({"ever", "even", "actually", "at", "all", "really"})
# Modifiers that give a verb a time of its own ("that day", "on Monday", "last week").
_TIME_LABELS = frozenset({"DATE", "TIME"})


def denies_doing_to_the_thing(act: Token) -> bool:
    """Whether a verb of a deed under a plain "not" is done to a thing the report's
    accusation named before (above)."""
    if act.pos_ != "VERB" or not negated(act):
        return False
    lemma = act.lemma_.lower()
    if lemma in NO_DEED_VERBS or lemma in STATE_VERBS or lemma in _LEGAL.crime_verbs:
        return False
    if lemma in _LEGAL.harm_verbs:
        return False  # harm is ``denies_harming``'s; a thing handled ``done_to_a_thing``'s
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in act.children):
        return False  # "would not sell the land": what is to come, no deed done
    if any(c.dep_ == "dative" and c.pos_ != "ADP" for c in act.children):
        return False  # "did not give him the cement": done for a person, maybe another's
    if _timed(act):
        return False  # "did not touch the drum that day": one occasion
    if any(_scoped(c) for c in act.children):
        return False  # "had not bought the copper with receipts": the "not" may be the manner's
    return any(_the_thing_accused(o) for o in act.children if o.dep_ == "dobj")


def _timed(act: Token) -> bool:
    """A time of the verb's own: "that day" (npadvmod), "on Monday" (a phrase whose object
    the tagger marks a date or a time)."""
    for c in act.children:
        if c.dep_ in ("npadvmod", "tmod") or c.ent_type_ in _TIME_LABELS:
            return True
        if c.dep_ == "prep" and any(o.ent_type_ in _TIME_LABELS for o in c.children):
            return True
    return False


def _scoped(child: Token) -> bool:
    """A phrase or adverb a plain "not" may refuse instead of the deed: a manner, a means, a
    reason ("with receipts", "in good faith", "for money", "illegally") - not a phrase of
    where the thing went or came from ("from the store", "to anyone", "into the truck")."""
    if child.dep_ == "prep":
        return child.lower_ not in _MOVING
    return child.dep_ == "advmod" and child.lower_ not in _NEGATING


def _the_thing_accused(noun: Token) -> bool:
    """A common noun of a thing, no word given or paper, whose lemma stands earlier in a
    sentence that accuses someone."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    lemma = noun.lemma_.lower()
    if lemma in PERSON_NOUNS or lemma in _LEGAL.client_nouns or lemma in _WORDS_AND_PAPERS:
        return False
    for sentence in noun.doc.sents:
        if sentence.start >= noun.sent.start:
            return False
        told = [t for t in sentence if t.pos_ == "NOUN" and t.lemma_.lower() == lemma]
        if any(_a_deeds_thing(t) for t in told) and _accuses(sentence):
            return True
    return False


def _a_deeds_thing(noun: Token) -> bool:
    """A noun told as the thing a deed was done to: a verb's object ("for stealing cement",
    "selling the land") or the "of" phrase of a noun ("the theft of forty drums of fuel") -
    not a word of the accusation's setting ("under the law", "at the depot")."""
    while noun.dep_ == "conj":
        noun = noun.head  # "stealing cement and steel": the first object's place
    if noun.dep_ == "dobj":
        verb = noun.head.lemma_.lower()
        return noun.head.pos_ == "VERB" and verb not in _ACCUSING_VERBS
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN"


def _accuses(sentence: Span) -> bool:
    """A sentence that tells an arrest, a charge, an accusation or a crime."""
    words = {t.lemma_.lower() for t in sentence} | {t.lower_ for t in sentence}
    return bool(words & _ACCUSING) or act_of(sentence.text) is not None
