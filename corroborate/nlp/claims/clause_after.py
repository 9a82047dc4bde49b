"""The subject of a clause after "after" or "before" that the parser took for the object of a
preposition: "The trial opened days after his cousin, X, admitted the murder" - parsed "after
his cousin" as a phrase of "opened", X as the cousin's apposition and "admitted" as a second
verb of "opened" with no subject. The noun the preposition took, with its apposition, is the
one who admitted: a report dates one act by another this way ("the verdicts came three weeks
after a third member, X, pleaded guilty"), most often with an apposition that the parser
cannot close.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["subject_taken_by_preposition"]

# The words that open a clause of time the parser may take for a preposition.
_TIME_WORDS = frozenset({"after", "before", "since", "until"})


def subject_taken_by_preposition(verb: Token) -> Token | None:
    """The noun a time word's phrase on the verb ``verb`` is a second conjunct of took as its
    object, where that noun (with an apposition, the name the clause is about) lies between
    the time word and ``verb`` and ``verb`` has no subject of its own; else None."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN", "VBZ"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _TIME_WORDS or not prep.i < verb.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.right_edge.i >= verb.i:
                continue
            if any(c.dep_ == "appos" for c in noun.children):
                return noun
            # "after a fourth steward, X, pleaded": the name hung on the first verb instead
            apposed = [c for c in verb.head.children if c.pos_ == "PROPN"
                       and c.dep_ in ("npadvmod", "appos") and noun.i < c.i < verb.i]  # fmt: skip
            if apposed and verb.doc[noun.i + 1].text == ",":
                return apposed[0]
    return None
