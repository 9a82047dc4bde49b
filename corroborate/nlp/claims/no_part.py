"""A share in the deed refused: "his client had no role in the incident", "he had no part in
it", "she never had any hand in the killing"; or knowledge of it ("his client never knew the
boys were in trouble", "I did not know what they carried"). The accused's side, saying the
accused held no share in what the report tells, denies the deed - as "had nothing to do
with the murder" does (``Answers._clears``), though no crime need be named: the report told
it, and "the incident" or "it" points back to it.

Read from the parse: a verb of having whose object is a noun of a share (the legal
lexicon's ``part_nouns``, the nouns a confession admits) determined by "no" ("no role"), or
by "any" under a negation ("never had any hand"); or a negated verb of knowing
(``knowing_verbs``) that knows something - a clause, an object or a thing named by an "about"
or "of" phrase ("did not know about any pipe", den85) - or one that knows "nothing" of a
thing its phrase names ("knew nothing of the drugs"), or no means of knowing ("had no way
of knowing what was in the bundles"); or never being told of it (den85): a negated passive
verb of telling (``informing_verbs``) with what was not told - a clause or an "about" / "of"
phrase ("he had never been told the trench was deeper", "had never once been told about
the brakes") - though not the charge or its grounds ("was not told of the charges against
him" complains of the arrest, and answers no accusation). Like an alibi it clears
only one already accused (``Answers._denied_in_content``): a witness who "had no role in the
raid" is accused of nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.asked_how_known import asked_how_known
from corroborate.nlp.claims.never_looked import denies_looking
from corroborate.nlp.grammar import negated, prep_objects, to_infinitive

__all__ = ["a_way_of_knowing", "denies_a_part", "denies_knowing", "knowledge_of_a_thing"]

_PARTS = legal().part_nouns
_KNOWING = legal().knowing_verbs
_NOTHING = legal().negative_objects
_TELLING = legal().informing_verbs
_IGNORANCE = legal().ignorance_nouns
# What one not told of the charge complains of, not a knowledge denied: "he was never told
# of the charges", "was not informed of the allegation".
_CHARGED = legal().accusation_nouns | legal().charge_nouns | legal().grounds_nouns
# The prepositions that name what is known or told: "knew about the pipe", "told of it".
_OF_A_THING = frozenset({"about", "of"})
# The auxiliaries of a past negation: "did not know", "had never known" ("does not know" and
# "don't know" answer a question asked now).
_PAST_AUXILIARIES = frozenset({"did", "had"})


def denies_a_part(act: Token) -> bool:
    """Whether ``act`` says its subject had no share in a deed ("had no role in the incident",
    "never had any hand in the killing")."""
    if act.lemma_.lower() != "have":
        return False
    act_negated = negated(act)
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in _PARTS and _none_of(c, act_negated)
        for c in act.children
    )


def _none_of(noun: Token, negated: bool) -> bool:
    """ "no role"; "any role" where the verb is negated ("did not have any role")."""
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    return "no" in dets or (negated and "any" in dets)


def denies_knowing(act: Token) -> bool:
    """Whether ``act`` says its subject did not know something ("never knew the boys were in
    trouble", "did not know anything about it", "did not know about any pipe"): a negated
    verb of knowing with a clause, an object or an "about" / "of" phrase - an abettor's or
    harbourer's share denied; or never told it (``_never_told``); or never looked at what a
    load held ("never looked at what was in the sacks", ``claims.never_looked``)."""
    if act.lemma_.lower() in _TELLING:
        return _never_told(act)
    if denies_looking(act):
        return True  # "never looked at what was in the sacks" (``claims.never_looked``)
    if act.lemma_.lower() not in _KNOWING:
        return False
    if asked_how_known(act):
        return True  # "How would I know who uses them?" (``claims.asked_how_known``)
    if not negated(act):
        # "knew nothing of the drugs": the object itself says none was known - of the thing
        # its phrase names, so a bare "knew nothing" (of what?) is left alone
        nothing = [c for c in act.children if c.dep_ == "dobj" and c.lower_ in _NOTHING]
        return any(p.dep_ == "prep" for c in [*nothing, act] for p in c.children) and bool(nothing)
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in act.children) or _of_a_thing(act):
        return True
    return _knew_nothing_of_it(act)


def _knew_nothing_of_it(verb: Token) -> bool:
    """Whether a negated verb of knowing with nothing known is the deed the report told
    ('"I did not know," he said', '"He never knew, and still they took him"'): past - "I
    don't know" answers a question, no deed - and no relative clause, whose known thing is
    the noun it hangs on ("a man he did not know", "whose names he did not know" deny
    nothing). The callers keep their own guards: only the accused's own word or his side's
    clears, and only one accused already."""
    if verb.dep_ in ("relcl", "acl") or any(c.dep_ == "prep" for c in verb.children):
        return False
    past = verb.tag_ == "VBD" or any(
        c.dep_ == "aux" and c.lower_ in _PAST_AUXILIARIES for c in verb.children
    )
    return past and not any(c.dep_ in ("advcl", "dative") for c in verb.children)


def _of_a_thing(verb: Token) -> list[Token]:
    """The things an "about" or "of" phrase on ``verb`` names ("knew about any pipe",
    "told of the leak")."""
    return prep_objects(verb, _OF_A_THING)


def _never_told(verb: Token) -> bool:
    """Whether a verb of telling says its passive subject was never told a thing ("he had
    never been told the trench was deeper", "had not been told about the brakes"): negated,
    passive, with a clause of what was told or an "about" / "of" phrase that names no
    charge ("was not told of the charges against him" is a complaint of the arrest)."""
    # '"never once" been told': the parser hangs the "never" on "once"
    never = negated(verb) or any(c.dep_ == "advmod" and negated(c) for c in verb.children)
    if not never or not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    things = _of_a_thing(verb)
    return bool(things) and not any(t.lemma_.lower() in _CHARGED for t in things)


def knowledge_of_a_thing(noun: Token) -> bool:
    """Whether ``noun`` is knowledge of something ("any knowledge of the magnets", "knowledge
    about the payments"): a noun of knowing (``ignorance_nouns``) with an "about" or "of"
    phrase. One accused who denies it denies a share in what the phrase names (den85;
    ``Answering._answers``), as "denied any link to the shaft" denies a tie."""
    if noun.lemma_.lower() not in _IGNORANCE:
        return False
    return any(p.dep_ == "prep" and p.lower_ in _OF_A_THING for p in noun.children)


def a_way_of_knowing(noun: Token) -> bool:
    """Whether an object is a means of knowing ("had no way of knowing what was in the
    bundles", "had no way to know"): a noun whose "of" phrase or infinitive is a verb of
    knowing - so that "no" on it, like "no idea", says nothing was known (``Answers._clears``
    asks for the "no"). "no way to pay the fine" is no knowing."""
    verbs = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pcomp"]  # fmt: skip
    verbs += [c for c in noun.children if c.dep_ in ("relcl", "acl")
              and to_infinitive(c)]  # fmt: skip
    return any(v.lemma_.lower() in _KNOWING for v in verbs)
