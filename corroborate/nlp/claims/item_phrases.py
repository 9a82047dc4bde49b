"""What describes one item of a list of people rather than being the next item.

"Those arrested are X, 51, of Jhapa, described by the CIB as a broker; Y, 58, ...": a past
participle right after a comma describes the item before it, up to the next comma or
semicolon, as a relative clause does ("Y, who ran a shop, and Z"); the list reader
(``Descriptions._list_items``) skips it, so that its verb does not end the list and a name
inside it ("the CIB") is no item.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["opens_participle"]


def opens_participle(token: Token) -> bool:
    """Whether ``token`` is a past participle right after a comma ("..., described by")."""
    return token.tag_ == "VBN" and token.i > 0 and token.doc[token.i - 1].text == ","
