"""The person a relative clause is about when it hangs on their alias: "X, known as Y, who is
serving an eight-year sentence, ..." - the parser hangs "who is serving" on "Y", the object of
"as" in the participle "known as" that describes X. An alias is another name of the one it
follows, so the clause describes X (the mention finder has read Y as X's alias).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from corroborate.records import Mention

__all__ = ["named_by_alias"]


def named_by_alias(noun: Token, by_token: Mapping[int, Mention]) -> Token | None:
    """The head of the person's name whose alias ``noun`` is, where the alias is the object
    of a participle's "as" hung on that name ("X, known as Y", "X, also called Y"); None
    elsewhere ("X, who ..." with no alias between)."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.dep_ != "acl":
        return None
    named = noun.head.head.head
    m = by_token.get(named.i)
    if m is None or m.type != "person" or not m.alias:
        return None
    return named if noun.text in m.alias.split() else None
