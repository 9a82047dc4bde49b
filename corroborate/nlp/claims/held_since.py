"""Custody told by time: a confession whose own verb or clause of giving is set "after his
arrest", "following his detention", "after being arrested" or "after he was arrested" was made
while the police held him - the report names no hearer, only when he spoke.

Read only on the confession's own verb or the statement noun's own clause of giving (the
parse's children), never from anywhere in the sentence: "X was arrested after he confessed to
his wife" sets the arrest after the confession, and the callers ask first for any setting the
clause names, so "confessed before the magistrate two days after his arrest" stays judicial.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["after_arrest"]

# The words that open a phrase of time after which one is held: "after his arrest",
# "following his detention". Not "before" ("before his arrest" he was free) nor "since".
_AFTER = frozenset({"after", "following"})


def after_arrest(verb: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb`` (a confession's verb, or a statement noun's clause of giving) has a
    phrase of its own that sets it after an arrest: "after his arrest" (an ``arrest_nouns``
    noun, not another's: "after the arrest of his brother"), "after being arrested" or
    "after he was arrested" (an ``arrest_verbs`` verb)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _AFTER:
            for obj in child.children:
                if obj.dep_ == "pobj" and _own_arrest(obj, lex):
                    return True
                if obj.dep_ == "pcomp" and obj.lemma_.lower() in lex.arrest_verbs:
                    return True  # "after being arrested"
        elif child.dep_ == "advcl" and child.lemma_.lower() in lex.arrest_verbs:
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in child.children)
            marked = any(c.dep_ == "mark" and c.lower_ in _AFTER for c in child.children)
            if passive and marked:
                return True  # "after he was arrested"
    return False


def _own_arrest(noun: Token, lex: LegalLexicon) -> bool:
    """ "his arrest", "their detention", "the arrest": an arrest noun with no "of" phrase
    naming whose it was (that may be another's)."""
    if noun.lemma_.lower() not in lex.arrest_nouns:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
