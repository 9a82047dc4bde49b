"""The alias marker a word of a declared second name follows: "X alias Kala", and a second name
of several words, "X alias Lamba Abul", where the parser may head the clause on its last word
("Lamba Abul, 41, recorded the statement ...": "Abul" the verb's subject, "alias" taken for a
verb). The person the marker follows is the one named (``Naming._alias_owner``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.speakers import ALIAS_MARKERS

__all__ = ["alias_marker_before"]


def alias_marker_before(token: Token) -> Token | None:
    """The alias marker ``token`` is, or that comes right before the run of capitalised proper
    nouns ``token`` ends or stands in ("alias Kala", "alias Lamba Abul"); None if there is
    none."""
    if token.lower_ in ALIAS_MARKERS:
        return token
    doc = token.doc
    if token.i >= 1 and doc[token.i - 1].lower_ in ALIAS_MARKERS:
        return doc[token.i - 1]  # "alias Kala"
    i = token.i
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        while i >= 1 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper():
            i -= 1  # back over the second name's own words
    # a longer second name only where the parser took the marker for a verb and so split the
    # name from its owner ("X alias Lamba Abul, 41, recorded ...": "alias" the root); a marker
    # it parsed as a word of the name leaves the name whole, and the mentions read it
    marker = doc[i - 1] if i >= 1 else None
    if marker is not None and marker.lower_ in ALIAS_MARKERS and marker.pos_ == "VERB":
        return marker
    return None
