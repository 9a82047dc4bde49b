"""A denial told as a negated predicate of the copula, saying its subject is not the doer:

- a negated identity (``denies_being_the_doer``): "I am not the one who killed that man", "my
  son is not the man who shot the guard", "he was not the person that stabbed her". No verb
  of denying and no crime verb is negated; the negation is on the copula, and the crime is
  told by a relative clause on the predicate noun, whose "who"/"that" stands for that noun -
  so for the copula's subject; or not one a crime makes - a predicate noun of the legal
  lexicon's ``accused_nouns`` that tells a deed, not a standing in the case (``standing_nouns``:
  "a suspect"), refused by the copula's "not" ("he is not a thief") or set against another
  noun by its own "not" ("my brother is a businessman, not a thief", "a clerk and not a
  smuggler"; "a thief, not a robber" refuses nothing);
- blame refused (``denies_blame``): "his father was not to blame", "she is not responsible
  for the fire" - an infinitive of a verb of accusing ("to blame") or an adjective of
  responsibility, negated, with no "for" phrase or one that names a crime;
- the means refused (``denies_handling_a_weapon``): "her husband had never held a weapon",
  "he has never owned a gun" - a negated verb whose object is a weapon (the measures
  lexicon's ``weapons``), no verb of knowing, seeing or saying ("had never seen a gun" tells
  what one saw). It clears only one the report accuses already, as an alibi does: said of a
  victim, that he held no gun denies nothing.

- the deed refused in words no crime verb holds (``denies_the_deed``): "I never fired a shot",
  "he did not fire", "my client never took a bribe" - a negated verb of a deed whose words
  with its object's name the act (``acts.act_of``, the reading every quote's act gets), no
  verb of knowing, seeing or saying ("did not report the murder" tells what was told); or
  any verb of a deed done to the thing the report's accusation named ("I did not steal the
  cement": ``thing_accused.denies_doing_to_the_thing``).

- the deed refused for all time (``denies_ever_doing``): "my client never handled the slips",
  "the trader had never bought a litre from the railway" - a verb of a deed under "never"
  itself (no "did not", which may tell one occasion missed: "did not attend"), with an
  object it was done to, no verb of knowing, seeing or saying, and not the copula or
  "have" ("had never been in trouble", "has never had a licence" tell a state); none done
  for a person ("he never showed him the statement" may be an officer's deed, told of by
  the client's side); and no verb of crime or harm, which their own readings decide
  (``denies_harming``: "never hit the car" harms no one) - but a verb of harm that handles a
  thing tells a deed ("my father has never touched it": ``done_to_a_thing.harms_only_things``). One
  "never" over verbs coordinated with no subject or negation of their own refuses them all,
  each held to the same tests ("never bought or sold a stolen engine": the parser hangs the
  object on the last verb) - save that a verb of seeing or knowing may stand among them
  (den91: "had never seen, bought or supplied the peptide", "never signed, seen or sold a
  single report" refuse the buying and the selling; "never saw or heard the raid", "never saw
  or counted the money" - no deed or one beside the seeing - refuse none).

Saying so of the subject denies the deed (``claims.answers`` asks it of a reported clause,
only for the accused's side, like the other clearing readings) - and, like an alibi, only of
one the report accuses already: "X was not responsible for the killing, his lawyer said" told
alone makes no one accused.

The mirror of ``Answers._described_as_cleared`` (a plain copula whose predicate's relative
clause clears: "a student who had nothing to do with the murder"). A relative clause that
itself negates ("I am not someone who did not care") or tells no crime ("I am not the one who
called the police") clears nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal
from corroborate.lexicon.measures import measure_words
from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.done_to_a_thing import harms_only_things
from corroborate.nlp.claims.thing_accused import denies_doing_to_the_thing
from corroborate.nlp.grammar import negated, to_infinitive
from corroborate.nlp.kinds import CRIME_WORDS

__all__ = [
    "denies_being_the_doer",
    "denies_blame",
    "denies_ever_doing",
    "denies_handling_a_weapon",
    "denies_the_deed",
    "has_a_deed_object",
    "tells_a_deed",
]

_LEGAL = legal()
_KINDS = kinds_lexicon()
_WEAPONS = frozenset(w.lower() for w in measure_words().units["weapons"])
# Verbs that tell what one knew, saw or said, no deed: "had never seen a gun".
_NO_DEED = _KINDS.reporting_cues | _KINDS.belief_cues | _KINDS.onlooking_verbs
# Verbs of a state, no deed: "had never been", "has never had a licence".
_STATES = frozenset({"be", "have"})
# The relative pronouns that may be the clause's subject: "who", "that" (tagged WDT).
_RELATIVE_SUBJECT_TAGS = frozenset({"WP", "WDT"})


def denies_being_the_doer(act: Token) -> bool:
    """Whether a copula says its subject is not the one whose crime a relative clause on the
    predicate noun tells, or not one of those a crime makes (above)."""
    if act.lemma_.lower() != "be":
        return False
    attrs = [c for c in act.children if c.dep_ == "attr"]
    if not negated(act):
        return any(_set_against_a_culprit(attr) for attr in attrs)
    for attr in attrs:
        relatives = [r for r in attr.children if r.dep_ == "relcl"]
        if any(_tells_a_crime(rel) for rel in relatives):
            return True  # "I am not the one who killed that man"
        if not relatives and _a_culprit(attr):
            return True  # "he is not a thief" ("not a man who ..." is its relative's)
    return False


def _a_culprit(noun: Token) -> bool:
    """A noun that names one a crime makes, not one's standing in the case: "a thief", "a
    smuggler", "a gunman" - not "a suspect", "an accused", "a petitioner"."""
    lemma = noun.lemma_.lower()
    return lemma in _LEGAL.accused_nouns and lemma not in _LEGAL.standing_nouns


def _set_against_a_culprit(attr: Token) -> bool:
    """A predicate noun that is no culprit, set against one its own "not" refuses: "a
    businessman, not a thief" (the parser hangs the refused noun on the first as an
    apposition, and its "not" on either), "a clerk and not a smuggler" (a conjunct)."""
    if _a_culprit(attr):
        return False  # "a thief, not a robber" owns one crime for another
    for culprit in attr.children:
        if culprit.dep_ not in ("appos", "conj") or not _a_culprit(culprit):
            continue
        # the "not" on the refused noun, or hung on the first noun right before it
        nots = [*culprit.children, *attr.children]
        if any(n.dep_ == "neg" and attr.i < n.i < culprit.i for n in nots):
            return True
    return False


def _tells_a_crime(rel: Token) -> bool:
    """A relative clause whose subject is the relative pronoun and whose verb, not negated, is
    a crime ("who killed that man")."""
    if rel.lemma_.lower() not in _LEGAL.crime_verbs:
        return False
    if negated(rel):
        return False
    return any(c.dep_ == "nsubj" and c.tag_ in _RELATIVE_SUBJECT_TAGS for c in rel.children)


def denies_blame(act: Token) -> bool:
    """Whether a negated copula refuses blame for its subject: "was not to blame", "is not
    responsible (for the killing)" - not "was not responsible for the inquiry"."""
    if act.lemma_.lower() != "be":
        return False
    act_negated = negated(act)
    for c in act.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in _LEGAL.accuse_verbs:
            to = to_infinitive(c)
            if to and (act_negated or negated(c)):
                return _for_a_crime_or_none(c)  # "not to blame (for the fire)"
        if c.dep_ == "acomp" and c.lemma_.lower() in _LEGAL.responsibility_adjectives:
            if act_negated:
                return _for_a_crime_or_none(c)  # "not responsible for the killing"
    return False


def _for_a_crime_or_none(word: Token) -> bool:
    """A word with no "for" phrase, or one whose object names a crime."""
    phrases = [c for c in word.children if c.dep_ == "prep" and c.lower_ == "for"]
    for phrase in phrases:
        told = " ".join(t.text for t in phrase.subtree)
        if act_of(told) is None and not CRIME_WORDS.search(told):
            return False
    return True


def denies_handling_a_weapon(act: Token) -> bool:
    """Whether a negated verb of a deed takes a weapon for object: "had never held a weapon",
    "did not own a pistol" (above)."""
    if not negated(act) or act.lemma_.lower() in _NO_DEED:
        return False
    return any(
        c.dep_ == "dobj" and (c.lower_ in _WEAPONS or c.lemma_.lower() in _LEGAL.blade_nouns)
        for c in act.children
    )


def denies_the_deed(act: Token) -> bool:
    """Whether a negated verb of a deed names an act by itself or with its object's head
    ("never fired a shot", "did not fire", "never took a bribe"): the verb and the object's
    head only - "did not attend the murder hearing" names a hearing, not a murder."""
    if not negated(act) or act.pos_ != "VERB":
        return False
    lemma = act.lemma_.lower()
    if lemma in _NO_DEED or lemma in _LEGAL.crime_verbs:
        return False  # a crime verb negated is read as it is ("did not kill")
    objects = [c.text for c in act.children if c.dep_ in ("dobj", "prt")]
    if act_of(" ".join([act.text, *objects])) is not None:
        return True
    # "I did not steal the cement": any verb, done to the thing the accusation named
    return denies_doing_to_the_thing(act)


def denies_ever_doing(act: Token) -> bool:
    """Whether "never" refuses a deed done to an object (above)."""
    if act.pos_ != "VERB" or not any(c.dep_ == "neg" and c.lower_ == "never" for c in act.children):
        return False
    if not tells_a_deed(act):
        return _refuses_a_series(act)
    if has_a_deed_object(act):
        return True
    # "never bought or sold a car": the parser hangs the shared object on the last verb of
    # the coordination, which shares the first verb's "never" and subject
    shared = _sharing_conjuncts(act)
    if any(has_a_deed_object(v) for v in shared) and all(tells_a_deed(v) for v in shared):
        return True
    return _refuses_a_series(act)


def _refuses_a_series(act: Token) -> bool:
    """ "never signed, seen or sold a single report", "had never seen, bought or supplied the
    peptide": one "never" over a series that mixes verbs of a deed with a verb of seeing or
    knowing refuses the deeds in it - the seeing verb tells no deed of its own, but it takes
    none away from "signed" and "sold". Every member either tells a deed or is such a verb
    (``_NO_DEED``: no state, crime or harm verb, which their own readings decide), two at
    least tell a deed - a list of handlings the seeing verb only joins; "never saw or counted
    the money" tells what he saw and one deed, and den54 left it out - and the series has the
    object it was done to."""
    group = [act, *_sharing_conjuncts(act)]
    if len(group) < 2:
        return False
    deeds = [v for v in group if tells_a_deed(v)]
    if len(deeds) < 2:
        return False  # "never saw or counted the money" (den54): one deed beside seeing
    if any(v not in deeds and v.lemma_.lower() not in _NO_DEED for v in group):
        return False
    return any(has_a_deed_object(v) for v in group)


def tells_a_deed(verb: Token) -> bool:
    """A verb that may tell a deed done to an object (above): no verb of knowing, seeing or
    saying, no state, no harm or crime verb, nothing done for a person."""
    lemma = verb.lemma_.lower()
    if lemma in _STATES or lemma in _NO_DEED and not _telling_to_do(verb):
        return False
    if lemma in _LEGAL.crime_verbs:
        return False  # read by their own reading: "never killed"
    if lemma in _LEGAL.harm_verbs and not harms_only_things(verb):
        return False  # harm to a person is ``denies_harming``'s; "never touched it" a deed
    # "he never showed him the statement": done to a person, maybe by another
    return not any(c.dep_ == "dative" for c in verb.children)


def _telling_to_do(verb: Token) -> bool:
    """ "had never told his staff to use force": a verb of saying with a hearer and an
    infinitive for what he is to do is an order given - a deed, as "never ordered" is; not
    "never told police he was there" (what is said, a clause)."""
    hearer = any(c.dep_ == "dobj" for c in verb.children)
    return hearer and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
        for c in verb.children
    )


def has_a_deed_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in verb.children)


def _sharing_conjuncts(verb: Token) -> list[Token]:
    """The verbs coordinated with ``verb`` that share its subject and its negation: no subject
    and no negation of their own ("never bought or sold", not "never bought it and he sold
    it", not "never bought it but did not sell it")."""
    shared: list[Token] = []
    for c in verb.children:
        if c.dep_ != "conj" or c.pos_ != "VERB":
            continue
        own = {d.dep_ for d in c.children}
        if own & {"nsubj", "nsubjpass", "neg"}:
            continue
        shared += [c, *_sharing_conjuncts(c)]
    return shared
