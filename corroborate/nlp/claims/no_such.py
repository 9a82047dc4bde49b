"""A statement the accused's side says never existed, told by "no such": "no such admission
exists except in the case diary", "there was no such confession", "no such statement was ever
made". "Such" points back to the statement the report (or the police) told; to say none such
exists is to take it back, as "the statement was never made" does (``claims.coerced``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["no_such_statement"]


def no_such_statement(clause: Token, nouns: frozenset[str], verbs: frozenset[str]) -> Token | None:
    """The statement noun (``nouns``) a clause says none such exists of: the subject of a
    verb of existing or of making (``verbs``: "exists", "was made"), or what "there was"
    holds - its determiner "no" with "such" ("no such admission"), never a bare "no" ("no
    statement was recorded from the witness" tells nothing of his)."""
    if clause.lemma_.lower() not in verbs:
        return None
    there = any(c.dep_ == "expl" for c in clause.children)
    for noun in clause.children:
        held = noun.dep_ in NOUN_SUBJECTS or (there and noun.dep_ == "attr")
        if held and noun.lemma_.lower() in nouns and _no_such(noun):
            return noun
    return None


def _no_such(noun: Token) -> bool:
    """ "no such admission": the noun's determiner "no" and its modifier "such"."""
    words = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod", "predet")}
    return {"no", "such"} <= words
