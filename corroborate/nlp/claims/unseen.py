"""A denial told as no one who saw the accused at the deed: "not a single witness has seen him
touch a drum", "there is not one witness who saw him cut or carry anything", "the prosecution
found no witness who saw him make one", "nobody saw my client near the depot".

The mirror of ``unlinked.nothing_links`` ("no evidence linking him to it"): no verb of denying
and no crime verb is negated; the negation is on the one who would have seen (a noun under
"no", "not a single", "not one", or "nobody", "no one"), or on the copula or verb that holds
that one ("there is not one witness who saw him"), and the one cleared is whom the verb of
seeing (the legal lexicon's ``sighting_verbs``) takes - its object, or the subject of the
small clause it takes ("saw him touch a drum") - a person, never the clause's subject.
``claims.answers`` asks it, through ``nothing_links``, of a reported clause only for the
accused's side, and clears only one the report accuses already: a judge who observes that
"no witness saw X at the outlet" rules, and his words are no side's.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.harm_denied import a_person
from corroborate.nlp.grammar import negated
from corroborate.nlp.person_words import PARTY_NOUNS

__all__ = ["seen_by_no_one"]

_LEGAL = legal()
# Pronouns of no one at all: "nobody saw him", "none of them saw him".
_NO_ONE = frozenset({"nobody", "none", "noone"})
# Subjects that may stand for the one who saw: a relative pronoun of a clause on the noun.
_RELATIVES = frozenset({"who", "that"})
# Prepositions of a place one was seen at (as ``contact_denied`` places one).
_PLACING = frozenset({"at", "in", "inside", "near", "outside", "around", "behind"})
# Entity types of a time, never a place: "in weeks", "on Monday".
_TIMES = frozenset({"DATE", "TIME"})


def seen_by_no_one(act: Token) -> list[Token]:
    """Whom no one saw (above): the persons a verb of seeing takes, where its subject is no
    one, or where it is a relative clause on a noun that is none - an object or predicate
    noun under "no" or "not one", or under a negated verb ("there is not one witness who
    ...")."""
    if _sighting(act):
        return _seen(act) if any(_none(s) for s in _subjects(act)) else []
    act_negated = negated(act)
    nouns = [c for c in act.children if c.dep_ in ("attr", "dobj")]
    nouns += [c for n in list(nouns) for c in n.conjuncts if c.dep_ == "conj"]
    return [p for n in nouns if act_negated or _none(n)
            for v in n.children if v.dep_ == "relcl" and _sighting(v)
            and any(s.lower_ in _RELATIVES for s in _subjects(v))
            for p in _seen(v)]  # fmt: skip


def _sighting(verb: Token) -> bool:
    return verb.lemma_.lower() in _LEGAL.sighting_verbs and not negated(verb)


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _seen(verb: Token) -> list[Token]:
    """The persons a verb of seeing takes at a deed or a place: the subject of its small
    clause ("saw him touch a drum", parsed as a clause of its own), or its object where a
    phrase of place follows ("saw him at the depot", "near the shed") - not "nobody has seen
    him since Monday", a person missing, not a deed unseen."""
    seen = [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in _subjects(c)]
    if _at_a_place(verb):
        seen += [c for c in verb.children if c.dep_ == "dobj"]
    # a person, or a client ("seen my client near it")
    return [s for s in seen if a_person(s, PARTY_NOUNS) and s.lower_ not in _NO_ONE]


def _at_a_place(verb: Token) -> bool:
    """Whether a verb takes a phrase of place: a preposition of place whose object is no
    time ("at the depot", "near the shed", not "in weeks")."""
    return any(
        p.dep_ == "prep" and p.lower_ in _PLACING
        and any(o.dep_ == "pobj" and o.ent_type_ not in _TIMES for o in p.children)
        for p in verb.children
    )  # fmt: skip


def _none(noun: Token) -> bool:
    """ "nobody", "no one", "no witness", "not a single witness", "not one witness"."""
    if noun.lower_ in _NO_ONE:
        return True
    marks = {c.lower_ for c in noun.children if c.dep_ in ("det", "neg", "nummod", "preconj")}
    return "no" in marks or "not" in marks
