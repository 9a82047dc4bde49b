"""Who answers in a relative clause the parser hung on the wrong noun: "the judge framed the
charge against X and Y, both of whom pleaded not guilty", "police charged X and Y, who deny
the charges". The clause follows the names, after a comma, but the parser often hangs it on
an earlier noun ("the charge"), and "both" is then its subject - a word that stands for no
one by itself. Read by position: a relative clause whose subject is a relative pronoun
("who") or a quantifier over one ("both of whom", "all of whom"), opening right after a
comma that closes a name, is said of that name and those co-ordinated with it - whatever
noun the parser gave it; and "both of whom" is said of them even where it hangs on them.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["names_before_relative"]

# The parse's tags of a relative pronoun ("who", "whom").
_WH = ("WP", "WDT")
# Quantifiers that say it of each one named: "both of whom", "all of whom", "each of whom".
_EVERY = ("both", "all", "each")


def names_before_relative(verb: Token) -> Token | None:
    """The head of the names a relative clause on ``verb`` is said of, where the parser hung
    it elsewhere (above); None where it hung it on them, or no name closes before it."""
    if verb.dep_ != "relcl":
        return None
    subject = next((c for c in verb.children if c.dep_ in NOUN_SUBJECTS), None)
    if subject is None or not _relative_subject(subject):
        return None
    opening = subject.left_edge
    if opening.i < 2 or verb.doc[opening.i - 1].text != ",":
        return None
    last = verb.doc[opening.i - 2]
    if last.pos_ != "PROPN":
        return None
    noun = last
    while noun.dep_ in ("compound", "flat") and noun.head.i > noun.i:
        noun = noun.head
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.pos_ != "PROPN" or (noun == verb.head and subject.tag_ in _WH):
        return None  # "X and Y, who ...", hung on the names: the usual reading finds them
    return noun


def _relative_subject(subject: Token) -> bool:
    """ "who", or "both of whom", "each of whom": a relative pronoun, or a word of every one
    with one after "of"."""
    if subject.tag_ in _WH:
        return True
    if subject.lower_ not in _EVERY:
        return False  # "one of whom pleaded guilty", "neither of whom": not each of them
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.tag_ in _WH for o in c.children)
        for c in subject.children
    )
