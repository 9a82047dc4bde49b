"""A participle that opens its sentence and takes the name after it as its object is the
clause's verb, no word of that name: "Acquitting X, the judge said ...", "Sentencing Y,
Judge Z said ..." - the small model's NER takes "Acquitting X" whole (as a firm, or a
person), so that X is never named and the one acquitted or sentenced is lost.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from corroborate.lexicon.legal import legal

__all__ = ["opens_with_participle"]


def opens_with_participle(tokens: Sequence[Token]) -> bool:
    """Whether the first of an entity's words is a present participle that opens its
    sentence: tagged a verb with a later word of the entity hung on it (the verb of a
    fronted clause whose object the rest names), or, where the parse took it for the
    name's first word, the participle of a verb whose object is always a person
    (``legal.person_object_verbs``: "Sentencing X", "Convicting Y"). A name's own first
    word ("Sterling Jones") is neither, and stays."""
    if len(tokens) < 2:
        return False
    first = tokens[0]
    if not first.is_sent_start or not first.lower_.endswith("ing"):
        return False
    # tagged a participle with the name hung on it, or (capitalised, "Sentencing" read as
    # the name's first word) the participle of a verb whose object is always a person
    verb = first.tag_ == "VBG" and first.pos_ == "VERB"
    if verb and any(t.head.i == first.i for t in tokens[1:]):
        return True
    return bool(_stems(first.lower_) & legal().person_object_verbs)


def _stems(participle: str) -> set[str]:
    """The verbs an "-ing" form may be of: "convicting" (convict), "sentencing" (sentence),
    "acquitting" (acquit, its last consonant doubled)."""
    stem = participle[: -len("ing")]
    out = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.add(stem[:-1])
    return out
