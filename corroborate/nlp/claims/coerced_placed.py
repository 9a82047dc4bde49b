"""A confession already placed before a court, said coerced in a later sentence: "X recorded his
statement before the magistrate ... At the trial X resiled from it, saying it had been obtained
under duress", "X's confessional statement was recorded by a magistrate. His lawyer said the
statement had been extracted through torture in remand". The coercion clause tells how the
confession the court holds was got - by the police, in remand - not that a second one was made
in custody: the statement it names by a pronoun or a bare "the/his statement" (no phrase of its
own that places it) is the one the report told, and where that one was made is its setting.

Read only where every one whose confession it is was told to have confessed before a court
and nowhere else (``settings_confessed``, kept by ``Reader.run``): a report that told a
confession to the police as well leaves the pronoun's statement to the reading of its own
clause.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from corroborate.nlp.kinds import setting_in

__all__ = ["placed_before", "restated_bare"]

# What stands for a statement the report has told: the possessive or definite determiners of
# a bare noun ("his statement", "the confession"); "a statement" may be another one.
_DEFINITE = frozenset({"the", "that", "this", "his", "her", "their", "its"})
# The phrases that would give a noun a place of its own ("his statement to the police", "the
# confession he made in custody", "the confession, recorded by ...").
_OWN_PHRASES = frozenset({"prep", "acl", "relcl", "nmod", "appos", "npadvmod"})


def restated_bare(noun: Token, statement_nouns: frozenset[str]) -> bool:
    """Whether ``noun`` only restates a statement told before: a pronoun ("it", "that"), or
    a statement or confession noun with a definite or possessive determiner and no phrase of
    its own that could place it (no setting word among its modifiers either: "his police
    statement" is placed by its own words)."""
    if noun.pos_ == "PRON":
        return noun.lower_ in ("it", "that", "this")
    if noun.lemma_.lower() not in statement_nouns:
        return False
    if any(c.dep_ in _OWN_PHRASES for c in noun.children):
        return False
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    if not dets or not all(d.lower_ in _DEFINITE or d.dep_ == "poss" for d in dets):
        return False
    own = " ".join(t.text for t in noun.subtree)
    return setting_in(own) is None


def placed_before(takers: Sequence[str], settings_confessed: Mapping[str, set[str]]) -> bool:
    """Whether every one whose confession is taken back was told, before, to have confessed
    before a court and nowhere else (a judicial setting only, ``settings_confessed``)."""
    return bool(takers) and all(
        settings_confessed.get(name, set()) - {"unknown"} == {"judicial"} for name in takers
    )
