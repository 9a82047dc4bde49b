"""One told as arrested by a participle on the noun that names them: "The fourth arrested,
grocer X, was found with ...", "the arrested shopkeeper, X, said nothing".

The participle of an arrest verb is then an adjective of a definite noun (the name itself, or
a noun with the name apposed to it): the arrest is told of whom that noun names. Not a
participle on a noun owned by another ("the arrested man's wife, Y": Y is the wife, the
participle is on "man"), nor one on an indefinite noun ("an arrested suspect"), which names
no one here.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["described_as_arrested"]

# Determiners that make the noun one the reader knows (grammar, not domain words).
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def described_as_arrested(verb: Token) -> Token | None:
    """The noun an arrest participle ``verb`` describes, when that noun is definite and
    names someone (a proper noun, or a noun with a proper noun apposed); else None. The
    participle may hang on a definite ordinal the parser made a subject of its own, beside
    the named subject."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("amod", "acl"):
        return None
    noun = verb.head
    if verb.dep_ == "acl":
        # "The third arrested, trader X, was found ...", parsed with the ordinal a subject of
        # its own and the participle on it: the named subject after it is the one counted
        if noun.ent_type_ != "ORDINAL" or noun.dep_ not in NOUN_SUBJECTS:
            return None
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
            return None
        after = [c for c in noun.head.children if c.dep_ == noun.dep_ and c.i > verb.i]
        if not after:
            return None
        noun = after[0]
        return noun if _names_someone(noun) else None
    if noun.pos_ not in ("PROPN", "NOUN") or verb.i > noun.i:
        return None
    if any(c.dep_ == "case" for c in noun.children):  # "the arrested man's wife"
        return None
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return None
    return noun if _names_someone(noun) else None


def _names_someone(noun: Token) -> bool:
    """A proper noun, or a noun with a proper noun apposed to it."""
    return noun.pos_ == "PROPN" or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children
    )
