"""A relative told after the name: "Sunita Karki, Karki's wife", "Sunita Karki, who is
Karki's wife". The reporter names the relative in full and then says whose relative she
is, as "his wife, Shabana Marri" says it before the name: either way the full name is
written to tell her apart from the one the bare surname keeps standing for
(``mentions.kin``).

Read from the parse: the name's head has an apposition that is an owned kin noun, or a
relative clause of being ("who is", "who was") whose attribute is one. A kin noun that is
followed by a name of its own ("Karim Dostani, his son Faisal Dostani, and a driver") is
not whose relative the name is but the next person of a list the parse hung on the first
name: the son is Faisal, and the bare surname stays Karim's.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

__all__ = ["kin_told_after", "names_its_own"]


def kin_told_after(root: Token, owned_kin_noun: Callable[[Token], bool]) -> bool:
    """Whether the name headed by ``root`` is followed by whose relative it is: an
    apposition ("X, Karki's wife") or a relative clause of being ("X, who is his son")
    whose noun ``owned_kin_noun`` accepts. Only after the name (``child.i > root.i``):
    a kin noun before it is ``introduced_as_kin``'s own reading."""
    for child in root.children:
        if child.i < root.i:
            continue
        if child.dep_ == "appos" and owned_kin_noun(child) and not names_its_own(child):
            return True
        if child.dep_ == "relcl" and child.lemma_ == "be" and _relative_subject(child):
            # "who is Karki's wife": the clause's subject is the relative pronoun itself,
            # so the kin noun it is tells of the name ("whose son is ..." tells of another)
            if any(c.dep_ == "attr" and owned_kin_noun(c) for c in child.children):
                return True
    return False


def _relative_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children)


def names_its_own(noun: Token) -> bool:
    """Whether the noun is followed, with only punctuation between, by a proper name the
    parse hangs on it ("his son Faisal Dostani", "his son, Faisal Dostani"): the person so
    introduced is that name's bearer, not the name the noun was apposed to."""
    for child in noun.children:
        if child.i <= noun.i or child.pos_ != "PROPN" or child.dep_ not in ("appos", "conj"):
            continue
        start = child.left_edge.i
        if all(t.is_punct for t in noun.doc[noun.i + 1 : start]):
            return True
    return False
