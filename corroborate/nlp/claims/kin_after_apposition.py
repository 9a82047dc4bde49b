"""A list of two people broken by the first one's apposition: "the bail of X, head of the
seminary, and his son Y", "arrested X, a shopkeeper, and his brother Y". After the closing
comma of X's apposition the parser often hangs "and his son Y" on the verb above, or on
the noun whose "of" phrase X is ("bail"), as its conjunct, so Y is nowhere the readings of
X's phrase look.

Where such a conjunct begins right after the ", and" that closes the subtree of a name
below it, it continues the name's list.
``ListedNames._coordinated`` asks it, and keeps only a kin or accomplice noun ("his son",
"his accomplice"), never an office ("and his lawyer Z").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["hung_on_the_verb"]

# The parts of speech of the verb a list's last conjunct was wrongly hung on.
_VERBS = frozenset({"VERB", "AUX"})


def hung_on_the_verb(name: Token) -> list[Token]:
    """The nouns the parse made conjuncts of a word above ``name`` (up to its verb: the
    verb, or the noun whose "of" phrase the name is) that begin right after the ", and"
    closing ``name``'s subtree ("X, head of the seminary, and his son Y": "son")."""
    doc = name.doc
    end = name.right_edge.i
    # the closing comma hung inside the name's subtree, or right after it
    comma = end if doc[end].text == "," else end + 1
    if comma + 2 >= len(doc) or doc[comma].text != "," or doc[comma + 1].lower_ != "and":
        return []
    # the words above the name up to its verb ("the bail of X": "of", "bail", "confirmed")
    above: list[Token] = []
    for a in name.ancestors:
        above.append(a)
        if a.pos_ in _VERBS:
            break
    return [
        c for a in above for c in a.children
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.left_edge.i == comma + 2
    ]  # fmt: skip
