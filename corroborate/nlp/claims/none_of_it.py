"""A deed refused down to its least part: "his client had not taken a single rupee", "the
clerk had not entered a single one of the vehicles", "he did not sell any road", "she has not
moved one bag", "he did not steal anything" - and the same deed told with "nothing" for its
object and no "not": "he escorted nothing and collected nothing", "I took nothing".

``not_the_doer.denies_ever_doing`` reads "never" with an object and leaves a plain "did not"
alone, since "did not attend the meeting" may tell one occasion missed. An object counted
down to nothing ("a single", "one", "any", "anything") makes the plain "not" refuse the whole
deed as "never" does: not one of the things the report says were taken, entered or sold -
whatever verb tells the deed, so a reporter's paraphrase with another verb reads the same.

The same guards as "never": a verb of a deed (no verb of knowing, seeing, saying or reading,
not the copula or "have": "had not known about any loan", "did not read one line of it" -
a statement signed unread, ``claims.unread_statement``), none done for a person ("did not
give him a single chance": another's deed, maybe), no verb of harm or crime, which their own
readings decide; and no modal ("would not accept any compromise" refuses what is to come,
not a deed done). Asked, like the other clearing readings, of a clause the accused's side
reports, and it clears only one the report accuses already (``Answers._clears``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.done_to_a_thing import (
    harms_only_things,
    none_of_the_kind,
    refuses_the_kind,
)
from corroborate.nlp.claims.no_deed import NO_DEED_VERBS, STATE_VERBS
from corroborate.nlp.grammar import negated
from corroborate.nlp.person_words import PARTY_NOUNS, person_word

__all__ = ["business_owners", "denies_any_of_it"]

_LEGAL = legal()
# What a "nothing" may hold that makes it a thing: "nothing wrong", "nothing to do with it",
# "nothing of value", "nothing but his salary" - the object's own readings, not none of it.
_WHAT_IT_IS = frozenset({"amod", "relcl", "acl", "prep", "advmod", "cc", "conj"})
# Entity types of a name that does no deed: a place, a thing, a sum, a date - not ORG, which
# ``person_word``'s default (the fronted name's test) leaves out: a doer NER typed ORG counts.
_NO_DOER_TYPES = frozenset({"GPE", "LOC", "FAC", "PRODUCT", "MONEY", "DATE"})
# Determiners and pronouns that count an object down to its least part.
_ANY = frozenset({"any", "anything", "anyone", "anybody"})


def denies_any_of_it(act: Token) -> bool:
    """Whether a verb of a deed under a plain "not" takes an object counted down to nothing
    ("had not taken a single rupee", "did not sell any road"), or, not negated, takes
    "nothing" itself ("he escorted nothing and collected nothing") (above)."""
    if act.pos_ != "VERB":
        return False
    act_negated = negated(act)
    objects = [c for c in act.children if c.dep_ == "dobj"]
    refused = [o for o in objects if o.lower_ in _LEGAL.negative_objects or none_of_the_kind(o)]
    if not act_negated and not refused:
        return False
    lemma = act.lemma_.lower()
    if lemma in NO_DEED_VERBS or lemma in STATE_VERBS:
        return False
    if lemma in _LEGAL.crime_verbs:
        return False  # read by its own reading: "did not kill anyone"
    if lemma in _LEGAL.harm_verbs and not harms_only_things(act):
        return False  # "did not hit anyone" is ``denies_harming``'s; "touched nothing" a deed
    if any(c.dep_ == "dative" for c in act.children):
        return False  # "did not give him a single chance": done to a person, maybe by another
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in act.children):
        return False  # "would not accept any compromise": what is to come, no deed done
    if not act_negated:
        # "no false invoice": a "no" object's own modifier tells its kind, no thing of its own
        if any(c.dep_ in _WHAT_IT_IS for o in objects for c in o.children
               if not (none_of_the_kind(o) and c.dep_ == "amod")):  # fmt: skip
            return False
        return _done_by_a_person(act)  # "the plea changed nothing" refuses no deed
    # "he does not grind bricks": a bare object under a present "does not", every such deed
    return any(_counted_to_nothing(o) for o in objects) or refuses_the_kind(act)


def _done_by_a_person(act: Token) -> bool:
    """Whether a verb's subject (a conjunct's, its first verb's) stands for a person: a
    pronoun, a name, or a noun of a person the lexicon knows ("my client", "his brother") -
    not a thing ("the search found nothing", "his plea changed nothing"). A job noun ("the
    clerk took nothing") is left: the lexicon has no list of them to tell it from a thing."""
    verb = act
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # "his agency broke no law", "my firm took nothing": a business with its owner told acts
    # through the one who runs it - a doer, as a person is; not "the agency" or "the search",
    # whose doer the clause does not tell
    return bool(subjects) and all(_a_person(s) or business_owners(s) for s in subjects)


def business_owners(word: Token) -> list[Token]:
    """The possessives that tell whose business a business noun (``workplace_nouns``) is:
    "his" of "his agency", "client's" of "her client's firm"; none for "the agency" or a
    word that names no business. ``FirmHeads._owner_of_business`` asks it too."""
    if word.lemma_.lower() not in _LEGAL.workplace_nouns:
        return []
    return [c for c in word.children if c.dep_ == "poss"]


def _a_person(word: Token) -> bool:
    """A pronoun of a person, a name, or a noun of a person the lexicon knows, a client too
    (``PARTY_NOUNS``: "my client", "his brother", "the suspect", "the man"). A doer, not the
    one harmed or seen (``harm_denied.a_person``, which ``claims.unseen`` asks): a doer NER
    typed ORG counts and one it typed a place does not, a word is known by its lemma only,
    and a word NER typed PERSON the tagger took for a common noun is a noun like any other -
    folding the two would change what each reads."""
    if word.pos_ == "PRON":
        return word.lower_ not in _LEGAL.thing_pronouns
    return person_word(word, _NO_DOER_TYPES, PARTY_NOUNS)


def _counted_to_nothing(noun: Token) -> bool:
    """An object counted down to its least part: "anything", "any road", "one rupee", "a
    single bag", "a single one of the vehicles" - not "the bag", "one of his cars" (a
    "one" that picks out one of several, with no "single")."""
    if noun.lower_ in _ANY:
        return True
    marks = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod", "nummod")}
    if "any" in marks or "single" in marks:
        return True
    if noun.pos_ == "NUM" or noun.lower_ == "one":
        return False  # "one of his cars": one among several, not none at all
    return "one" in marks
