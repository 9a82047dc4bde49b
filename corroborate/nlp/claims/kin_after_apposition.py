"""A list of two people broken by the first one's apposition: "the bail of X, head of the
seminary, and his son Y", "arrested X, a shopkeeper, and his brother Y". After the closing
comma of X's apposition the parser often hangs "and his son Y" on the verb above, as a
conjunct of the verb, so Y is nowhere the readings of X's phrase look.

A noun joined to a verb as its conjunct is no clause; where it begins right after ", and"
that closes the subtree of a name under that verb, it continues the name's list.
``ListedNames._coordinated`` asks it, and keeps only a kin or accomplice noun ("his son",
"his accomplice"), never an office ("and his lawyer Z").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["hung_on_the_verb"]

# The parts of speech of the verb a list's last conjunct was wrongly hung on.
_VERBS = frozenset({"VERB", "AUX"})


def hung_on_the_verb(name: Token) -> list[Token]:
    """The nouns the parse made conjuncts of the nearest verb above ``name`` that begin right
    after the ", and" closing ``name``'s subtree ("X, head of the seminary, and his son Y":
    "son")."""
    doc = name.doc
    end = name.right_edge.i
    # the closing comma hung inside the name's subtree, or right after it
    comma = end if doc[end].text == "," else end + 1
    if comma + 2 >= len(doc) or doc[comma].text != "," or doc[comma + 1].lower_ != "and":
        return []
    verb = next((a for a in name.ancestors if a.pos_ in _VERBS), None)
    if verb is None:
        return []
    return [
        c for c in verb.children
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.left_edge.i == comma + 2
    ]  # fmt: skip
