"""The subject of a passive conjunct that the parser hung on the noun list before it: "the
judge sentenced X to death and Y to life, while Z was jailed for ten years for attempted
murder and their father, W, was acquitted" - "father" read as one more object of "for"
("attempted murder and their father"), "was acquitted" as a subjectless conjunct of the
main verb. A noun joined by "and" that closes right before the conjunct's own auxiliary
("..., W, was acquitted") is its subject: a noun list never runs on into a finite "was".
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["subject_hung_in_a_list"]

# The words that stay with a noun it names or describes ("their father, W,").
_OWN = frozenset({"appos", "compound", "flat", "amod", "poss", "det", "punct", "nummod"})


def subject_hung_in_a_list(verb: Token) -> Token | None:
    """The noun that ``verb`` (a passive conjunct with no subject of its own) takes for its
    subject where the parser made it the last conjunct of a noun list just before it: the
    conjunct's first word is its auxiliary, the token before it (past commas) belongs to a
    noun joined to an earlier noun by "and" or "or", and that noun's phrase ends there."""
    if verb.dep_ not in ("conj", "ccomp") or verb.pos_ != "VERB":
        return None
    first = verb.left_edge
    if first.dep_ not in ("aux", "auxpass") or first.head.i != verb.i:
        return None
    before = first.i - 1
    while before >= 0 and verb.doc[before].is_punct:
        before -= 1
    if before < 0 or before >= verb.i:
        return None
    noun = verb.doc[before]
    while noun.dep_ in _OWN and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.pos_ == "VERB":
        return None
    if noun.right_edge.i >= first.i:
        return None
    # joined by "and"/"or" right before its phrase: "... murder and their father"
    joiner = verb.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if joiner is None or joiner.dep_ != "cc" or joiner.head.i != noun.head.i:
        return None
    # the list belongs to the clause the conjunct is joined to, not to another clause after it
    return noun if noun.i < verb.i and verb.head.i < noun.i else None
