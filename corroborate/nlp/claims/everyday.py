"""Claim words in an everyday sense, read from the parse: no crime is told.

"His digital mastermind, X" and "the mastermind of the campaign" name a planner, not the
planner of a crime; "confessed to being nervous" confesses a feeling. The reader asks these
before it makes an accusation of a plan noun (``plans_no_crime``) or a confession
(``confesses_no_crime``); "the mastermind of the bombing", "confessed to killing", "confessed
to the murder" and a bare "X confessed" stay claims.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.acts import act_of
from corroborate.nlp.grammar import prep_objects

__all__ = ["confesses_no_crime", "names_crime", "plans_no_crime"]

# What a plan noun is the plan of: "the mastermind of the attack", "the brains behind it".
_PLAN_PREPS = frozenset({"of", "behind"})
# What a confession is to: "confessed to the murder", "confess to being nervous".
_CONFESSED_PREPS = frozenset({"to"})
# What stands as such an object: a noun phrase or a clause ("to being nervous").
_OBJECTS = ("pobj", "pcomp")
# How a linking gerund carries its state: "being nervous", "feeling a failure".
_STATES = frozenset({"acomp", "attr", "oprd"})


def names_crime(tokens: Iterable[Token], lex: LegalLexicon) -> bool:
    """Whether ``tokens`` name a crime: an act of the lexicon ("the killings", "weapons"), a
    crime or charge noun ("the attack", "the case"), or a crime verb in any form ("the
    bombing", "poisoning")."""
    crime_nouns = lex.crime_nouns | lex.charge_nouns
    for t in tokens:
        lemma = t.lemma_.lower()
        stem = t.lower_.removesuffix("ing")
        if lemma in crime_nouns or lemma in lex.crime_verbs or stem in lex.crime_verbs:
            return True
        if act_of(t.text) is not None:
            return True
    return False


def plans_no_crime(noun: Token, lex: LegalLexicon) -> bool:
    """Whether an accused noun of a planner ("mastermind", lexicon ``plan_nouns``) names no
    one accused: its plan ("of" or "behind" it) names no crime ("the mastermind of the
    campaign"), or, with no plan named, its sentence names none ("His digital mastermind, X,
    helms the effort"). Other accused nouns ("suspect", "killer") are never asked."""
    if noun.lemma_.lower() not in lex.plan_nouns and noun.lower_ not in lex.plan_nouns:
        return False
    plans = prep_objects(noun, _PLAN_PREPS, _OBJECTS)
    if plans:
        return not any(names_crime(p.subtree, lex) for p in plans)
    return not names_crime((t for t in noun.sent if t.i != noun.i), lex)


def confesses_no_crime(verb: Token, lex: LegalLexicon) -> bool:
    """Whether a confession verb confesses a feeling or state, no crime: "confess to being
    nervous", "confessed to feeling tired", "confesses to a fear of heights" (a gerund of a
    feeling, a linking gerund with a feeling as its state, or a feeling noun: lexicon
    ``feeling_words``, ``linking_verbs``), where what is confessed names no crime. "confessed
    to killing him", "confessed to the murder", "confessed to being involved in the attack"
    and a confession with nothing confessed ("X confessed before the magistrate") are kept."""
    confessed = prep_objects(verb, _CONFESSED_PREPS, _OBJECTS)
    return bool(confessed) and all(
        _a_feeling(p, lex) and not names_crime(p.subtree, lex) for p in confessed
    )


def _a_feeling(head: Token, lex: LegalLexicon) -> bool:
    """A feeling word ("fear", "loving"), or a linking verb whose state is one ("being
    nervous", "feeling tired")."""
    if head.lemma_.lower() in lex.feeling_words:
        return True
    if head.lemma_.lower() not in lex.linking_verbs:
        return False
    states = [c for c in head.children if c.dep_ in _STATES]
    return bool(states) and all(s.lemma_.lower() in lex.feeling_words for s in states)
