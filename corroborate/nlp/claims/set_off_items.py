"""What a list of people sets off between its items: a description or a relative clause after
an item's name ("names X, chairperson of the ward committee, engineer Y, and Z", "nominates
X, who runs the clinic, his salesman Y, and Z"), and the words that open the next item before
its name past such words ("his salesman").

A report that lists the accused of an FIR, a charge sheet or an arrest tells who each is as it
goes, and the parser, meeting a second noun phrase after a comma, hangs the rest of the list on
the description (an apposition of it, a conjunct of the relative clause's object), so the claim
keeps the first item only. Read along the tokens: a set-off description is the words up to
the next comma that name no person, open with no "and" and, unless a relative pronoun opens
them, hold no finite verb (a clause of its own ends the list: "arrested X, police said").
``ListFellows`` passes over it to the next item; it decides the items, this module only where
the set-off words end and where an item's opening words begin.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

__all__ = ["opening_words_end", "set_off_end"]

# The tags of a relative pronoun or adverb that opens a relative clause: "who runs the
# clinic", "whose licence was suspended", "where the syrup was bottled".
_RELATIVE_TAGS = frozenset({"WP", "WP$", "WDT", "WRB"})
# The tags of a finite verb, which begins a clause of its own.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# The words a set-off description may not hold: a co-ordination joins items, a semicolon or
# a colon ends the list, a bracket or a quotation opens words of another kind.
_BREAKS = frozenset({"and", "or", ";", ":", "(", ")", '"', "—", "–"})
# The longest set-off description read: a longer run of words is a clause of the report's.
_LONGEST = 16
# The words that open an item before its description and name, past a set-off description:
# a possessive pronoun ("X, who runs the clinic, his salesman Y"). Not an article, nor a
# possessor's noun ("the company's accountant Y"): read anywhere in a list, they put a wrong
# accused in one blind set (acc85), and no open set's miss needed them.
_OPENERS = frozenset({"his", "her", "its", "their"})


def set_off_end(
    doc: Doc, start: int, sent_end: int, is_person: Callable[[int], bool],
    another_part: Callable[[Token], bool],
) -> int | None:  # fmt: skip
    """The index of the comma that closes the description set off from token ``start`` (the
    token after the comma that ends an item), or None where the words from ``start`` are no
    set-off description: they name a person outside a relative clause (an item), give a part
    other than the accused's ("the victim's uncle": the list is not of the accused), hold a
    co-ordination, a clause of their own or a verb's participle, or run to the end of the
    sentence."""
    if start >= sent_end:
        return None
    relative = doc[start].tag_ in _RELATIVE_TAGS
    if not relative and doc[start].pos_ not in ("DET", "ADJ", "NOUN", "NUM", "PROPN"):
        return None
    i = start
    while i < sent_end and doc[i].text != ",":
        token = doc[i]
        # a person named inside a relative clause is its verb's party, passed over with it
        # ("who runs the Chishti clinic"); one named in a bare description is an item
        if is_person(i) and not relative or another_part(token) or token.lower_ in _BREAKS:
            return None
        if not relative and (token.tag_ in _FINITE or token.pos_ == "VERB"):
            # a clause of its own, or a participle's ("the man jailed for stabbing his
            # neighbour, Y": Y is the one stabbed, renamed, not the list's next item)
            return None
        i += 1
        if i - start > _LONGEST:
            return None
    return i if i < sent_end - 1 else None


def opening_words_end(doc: Doc, start: int, sent_end: int) -> int:
    """Where the words that open an item end, from token ``start``: a possessive pronoun
    ("his"), before the item's own describing words; ``start`` where none opens it."""
    i = start
    if i < sent_end and doc[i].lower_ in _OPENERS:
        i += 1
    return i if i < sent_end and doc[i].is_lower and doc[i].is_alpha else start
