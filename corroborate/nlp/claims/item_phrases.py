"""What describes one item of a list of people rather than being the next item.

"Those arrested are X, 51, of Jhapa, described by the CIB as a broker; Y, 58, ...": a past
participle right after a comma describes the item before it, up to the next comma or
semicolon, as a relative clause does ("Y, who ran a shop, and Z"); the list reader
(``Descriptions._list_items``) skips it, so that its verb does not end the list and a name
inside it ("the CIB") is no item.

Not a participle that names its item: "a third man identified as X", "the two men -
identified as X and Y -" give the item by a noun and then its name after "as"
(``legal.identifying_verbs``), so the names after it are the list's items, not words that
describe one.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from spacy.tokens import Token

from corroborate.lexicon.legal import UNACCUSED_PARTS

__all__ = ["names_the_item", "opens_participle"]

# The parts of speech of the word an item given by its noun ends with before its name: "a
# third man identified as X" (the noun), "the two, identified as X and Y" (the count).
_ITEM_NOUNS = frozenset({"NOUN", "NUM"})


def opens_participle(token: Token) -> bool:
    """Whether ``token`` is a past participle right after a comma ("..., described by")."""
    return token.tag_ == "VBN" and token.i > 0 and token.doc[token.i - 1].text == ","


def names_the_item(
    token: Token,
    by_token: Mapping[int, object],
    verbs: Collection[str],
    roles: Mapping[str, str],
) -> bool:
    """Whether ``token`` is a participle of naming ("identified", "named"; ``verbs``) right
    before "as" that gives the name of an item told so far by a noun alone: "a third man
    identified as X", "the two men - identified as X and Y -". Not after a name ("X,
    identified as the driver": X is named already), whose "as" phrase describes X, nor after
    the noun of a part no accused has (``roles``: "a witness identified as X")."""
    doc = token.doc
    if token.tag_ != "VBN" or token.lemma_.lower() not in verbs:
        return False
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "as":
        return False
    before = next((t for t in reversed(doc[token.sent.start : token.i]) if not t.is_punct), None)
    if before is None or before.i in by_token or before.pos_ not in _ITEM_NOUNS:
        return False
    return roles.get(before.lemma_.lower()) not in UNACCUSED_PARTS
