"""An arrest told by a participle put first, the people after "be": "Arrested were the owner,
X, and his accountant, Y", "Also detained was the driver, X", "Detained were the company's
director, X, and two controllers, Y and Z".

Wire copy fronts the participle to list who was taken after it. The small English model parses
the inversion three ways: the participle as the subject of "be" ("Those charge-sheeted are X",
read by ``Parties._patients``), as the root with "be" its passive auxiliary and the people the
attribute of that auxiliary, or - at the head of a report's paragraph - the capitalised
participle tagged a proper noun, the subject of "be". In the last two the people are no
subject of the participle, so nothing said whom the arrest took. The people are then what
"be" names: its attribute (each name in it, the apposed and listed ones included), or a second
subject the parser gave it. Only a participle that opens its sentence (an adverb such as
"also" before it at most) and comes right before its "be": "Arrested in May, X was ..." has a
subject of its own, and "the arrested man was X" is a description (``arrested_described``).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

__all__ = ["fronted_participle_lemma", "named_after_be"]

# The forms of "be" that follow a fronted participle ("Arrested were", "Also held was").
_BE = frozenset({"was", "were", "is", "are"})


def named_after_be(participle: Token) -> list[Token]:
    """The heads of what the "be" after a fronted ``participle`` names (its attribute, or a
    subject that is not the participle); none where the participle does not open its
    sentence right before "be"."""
    be = _be_after(participle)
    if be is None:
        return []
    return [c for c in be.children if c.dep_ in ("attr", "nsubj") and c.i > be.i]


def fronted_participle_lemma(token: Token, verbs: Collection[str]) -> str | None:
    """The verb of ``verbs`` (lemmas) a fronted participle the tagger made a proper noun
    stands for ("Detained were ...", tagged NNP): its form less the past ending ("detained":
    "detain"; "charged": "charge"). None for any other word, or one not fronted before "be"."""
    if token.tag_ != "NNP" or _be_after(token) is None:
        return None
    lower = token.lower_
    if not lower.endswith("ed"):
        return None
    for lemma in (lower[:-2], lower[:-1]):
        if lemma in verbs:
            return lemma
    return None


def _be_after(participle: Token) -> Token | None:
    """The "be" right after ``participle`` when the participle opens its sentence (after
    adverbs only) and "be" is its auxiliary or the verb it is the subject of."""
    doc = participle.doc
    start = participle.sent.start
    if any(t.pos_ != "ADV" for t in doc[start : participle.i]):
        return None
    if participle.i + 1 >= len(doc):
        return None
    be = doc[participle.i + 1]
    if be.lower_ not in _BE:
        return None
    if be.head.i == participle.i and be.dep_ == "auxpass":
        return be
    if participle.head.i == be.i and participle.dep_ == "nsubj":
        return be
    return None
