"""A word of release on surety the parser hides under "pending": "released on bond pending
trial", "ordered him held without bail pending trial".

The parser reads "bond pending trial" as a noun phrase headed by "trial", with "pending" its
modifier and "bond" a bare-noun adverbial of "pending" (npadvmod), so the preposition's
object is "trial" and no reading of "on bond" or "without bail" sees the bail. ``surety_object``
gives back the word the preposition really governs. Only this shape: a noun (the one
``nouns`` names) hung as npadvmod on a participle that modifies the object.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

__all__ = ["surety_object"]


def surety_object(pobj: Token, nouns: Collection[str]) -> Token:
    """The preposition's real object: a noun of ``nouns`` hung as npadvmod on a participle
    modifying ``pobj`` ("on bond pending trial": "bond"), else ``pobj`` itself."""
    for modifier in pobj.children:
        if modifier.dep_ != "amod" or modifier.tag_ != "VBG" or modifier.i > pobj.i:
            continue
        for word in modifier.children:
            if word.dep_ == "npadvmod" and word.i < modifier.i and word.lemma_.lower() in nouns:
                return word
    return pobj
