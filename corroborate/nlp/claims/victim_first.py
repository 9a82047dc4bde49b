"""Whether a lede told its unnamed victim before its unnamed accused, so that the name the
next sentence gives is the victim's.

"A grain merchant was shot dead outside his shop, and a gunman was arrested within hours.
Haji Rafiq Bhutta, 52, was closing his shop when ..." and "Police arrested the cook of a
retired teacher who was stabbed to death. Ghulam Sarwar Lashari, 70, lived alone ...": the
lede speaks of two unnamed people, one who suffered the crime and one the police acted on.
A report that opens with the victim (the subject of the lede's first clause, or the one the
arrested man is known by: "the cook of a retired teacher who ...") names the victim next;
the accused it names later, by what he is ("The cook, X"), which other rules read. Binding
the next sentence's subject to the arrest listed the victim as the accused. A lede that
tells the accused first and the victim after ("A man has been charged with murder after a
woman was stabbed to death. John Barker, 34, ...") still names the accused next.

A victim here is an indefinite singular noun ("a grain merchant") that is the passive
subject of a crime verb ("was shot dead", "was stabbed") or the subject of a verb of
suffering ("died", "was injured"), directly or through a relative clause on it ("a trader
who was shot dead"). The words are the lexicon's (``crime_verbs``, ``suffering_verbs``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.grammar import NOUN_SUBJECTS, indefinite

__all__ = ["victim_told_first"]

_PASSIVE = frozenset({"nsubjpass"})


def victim_told_first(acted_on: Iterable[Token], lex: LegalLexicon) -> bool:
    """Whether the sentence of the nouns a lede acts on (``acted_on``, its unnamed accused)
    tells an unnamed victim before them, or makes them known by one ("the cook of a teacher
    who was stabbed")."""
    nouns = list(acted_on)
    if not nouns:
        return False
    sent = nouns[0].sent
    victims = [t for t in sent if t.i not in {n.i for n in nouns} and _unnamed_victim(t, lex)]
    return any(v.i < n.i or _known_by(n, v) for v in victims for n in nouns)


def _unnamed_victim(noun: Token, lex: LegalLexicon) -> bool:
    """ "a grain merchant [was shot dead]", "a trader [who was shot dead]", "a woman [died]":
    an indefinite singular noun that suffers a crime or dies."""
    if noun.tag_ != "NN" or not indefinite(noun):
        return False
    verbs = [noun.head] if noun.dep_ in NOUN_SUBJECTS else []
    # "a trader who was shot dead": the relative clause's subject is its pronoun
    verbs += [
        c for c in noun.children
        if c.dep_ == "relcl" and any(s.dep_ in NOUN_SUBJECTS and s.tag_ in ("WP", "WDT")
                                     for s in c.children)
    ]  # fmt: skip
    return any(_suffers(v, noun, lex) for v in verbs)


def _suffers(verb: Token, noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb`` tells its subject suffered: a passive crime verb, a verb of suffering."""
    lemma = verb.lemma_.lower()
    if lemma in lex.suffering_verbs:
        return True
    passive = any(c.dep_ in _PASSIVE for c in verb.children) or noun.dep_ in _PASSIVE
    return passive and lemma in lex.crime_verbs


def _known_by(noun: Token, victim: Token) -> bool:
    """Whether ``victim`` is the object of ``noun``'s "of" phrase ("the cook of a teacher")."""
    return victim.dep_ == "pobj" and victim.head.lower_ == "of" and victim.head.head.i == noun.i
