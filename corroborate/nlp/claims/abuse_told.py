"""Coercion told by the order of two acts, with no word of coercion: a statement given only
after harm done to its giver ("he signed his statement only after police beat him", "he
signed it after being beaten") or harm done to him before he gave it ("detectives assaulted
him before he made it"). Said by the accused's side, or held by his claim, it takes the
confession back as "his statement was extracted under torture" does (``claims.coerced``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.grammar import negated

__all__ = ["given_under_abuse"]

# The words that put the giving after the harm ("signed it after they beat him", "only
# after", "until they beat him") or the harm before the giving ("beat him before he signed").
_AFTER = frozenset({"after", "until", "till"})
_BEFORE = frozenset({"before"})


def given_under_abuse(clause: Token, givers: frozenset[str], abuse: frozenset[str]) -> bool:
    """Whether the clause ``clause`` heads ties a verb of giving a statement (``givers``:
    "signed", "made") to harm done before it (``abuse``): the harm in its "after" clause or
    phrase, or the giving in the "before" clause of the harm - neither negated ("he signed
    it after they had not beaten him" tells no harm)."""
    for token in clause.subtree:
        lemma = token.lemma_.lower()
        if lemma in givers and _tied(token, _AFTER, abuse):
            return True
        if lemma in abuse and not negated(token) and _tied(token, _BEFORE, givers):
            return True
    return False


def _tied(verb: Token, words: frozenset[str], wanted: frozenset[str]) -> bool:
    """Whether ``verb`` has a clause ("after police beat him": an adverbial clause marked by
    the word) or a phrase ("after being beaten", "after days of beating": the preposition's
    object) introduced by one of ``words`` whose verb (or the phrase's word) is ``wanted``,
    not negated."""
    for child in verb.children:
        if child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in words for c in child.children
        ):
            if _word(child) in wanted and not negated(child):
                return True
        if child.dep_ == "prep" and child.lower_ in words:
            # "after being beaten" (a clause the parser hangs on the preposition), "after
            # days of beating"
            if any(_word(t) in wanted and not negated(t) for t in child.subtree):
                return True
    return False


def _word(token: Token) -> str:
    """A token's lemma; a noun of "-ing" its verb's ("days of beating": "beat"; "two
    nights of beatings", the plural, too)."""
    word = token.lower_.removesuffix("s") if token.lower_.endswith("ings") else token.lower_
    if token.pos_ == "NOUN" and word.endswith("ing"):
        return word[: -len("ing")]
    return token.lemma_.lower()
