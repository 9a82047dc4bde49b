"""A quantifier the parser strays from its verb: "Justice Y convicted both on their own pleas"
is parsed with "both" an adverb of the phrase after it, which leaves the verb no object and the
ruling no one it is about. The word right after an active verb with no object of its own, when
it is a quantifier that stands alone for the group the report follows ("both", "all",
"each": ``group_quantifiers``) and heads nothing of its own, is that object; the group is then
resolved as any "both" is.

Not "all of them" (the quantifier heads its phrase; the parser hangs it as object already),
nor a quantifier before a noun ("convicted both men": the noun is the object), nor one after
a verb with an object or a clause ("told both", "said all").

And a lone quantifier whose members a colon goes on to spell out ("Both were granted bail: X
in the sum of ... and Y in the sum of ..."): the parser hangs the list on "Both" as its
apposition, and a bare surname after a colon the tagger often reads as no name, which leaves
only some of the group named. The list distributes what the clause told of the whole group,
so "Both" still stands for the group the report follows (``spelled_out_after_colon``).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["is_stray_object", "spelled_out_after_colon", "stray_quantifier"]

# What a verb's object or complement may be: a verb with one has no stray object.
_OBJECTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "oprd"})
# How the parser hangs a quantifier it took for a modifier.
_STRAY_DEPS = frozenset({"advmod", "det", "preconj", "predet", "npadvmod"})


def stray_quantifier(verb: Token, quantifiers: frozenset[str]) -> Token | None:
    """The quantifier right after ``verb`` that stands for its object, or None."""
    if any(c.dep_ in _OBJECTS for c in verb.children) or verb.i + 1 >= len(verb.doc):
        return None
    word = verb.doc[verb.i + 1]
    if word.lower_ not in quantifiers or word.dep_ not in _STRAY_DEPS:
        return None
    if any(True for _ in word.children):
        return None  # "all of them": a phrase of its own
    return word


def is_stray_object(word: Token, quantifiers: frozenset[str]) -> bool:
    """Whether ``word`` is the stray object of the verb right before it, a party of that
    verb as much as a parsed object would be."""
    if word.i == 0 or word.doc[word.i - 1].pos_ not in ("VERB", "AUX"):
        return False
    stray = stray_quantifier(word.doc[word.i - 1], quantifiers)
    return stray is not None and stray.i == word.i  # a new Token each time: by index


def spelled_out_after_colon(quantifier: Token, apposed: Token, quantifiers: frozenset[str]) -> bool:
    """Whether ``apposed`` (a child of ``quantifier``) is a list a colon opens after a lone
    group quantifier ("Both ...: X ... and Y ..."). Only a quantifier standing alone (a pronoun
    or determiner with no noun of its own: not "both men, X and Y") and an apposition whose
    phrase begins right after a colon."""
    if apposed.dep_ != "appos" or quantifier.lower_ not in quantifiers:
        return False
    if quantifier.pos_ not in ("PRON", "DET") or apposed.i < quantifier.i:
        return False
    start = apposed.left_edge.i
    return start > 0 and apposed.doc[start - 1].text == ":"
