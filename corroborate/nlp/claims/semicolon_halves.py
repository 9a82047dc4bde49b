"""A quoted sentence of two clauses joined by a semicolon: '"My sons were at a wedding that
night; fifty people will say so," he said'. The parser may hang the first clause on the
second as its complement ("were" a ccomp of "will say"), so the verb of saying reaches only
the second; but a semicolon joins two clauses side by side, neither the other's content.
The first half is said as the second is (``Answers._denied_in_content``).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["halves_before_a_semicolon"]

_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})


def halves_before_a_semicolon(clause: Token) -> list[Token]:
    """The clauses hung on ``clause`` before it with a semicolon of ``clause``'s between
    them: the first half of a sentence the semicolon joins."""
    stops = [c.i for c in clause.children if c.dep_ == "punct" and c.text == ";"]
    return [
        c for c in clause.children
        if c.dep_ in _CLAUSE_DEPS and c.i < clause.i and any(c.i < s < clause.i for s in stops)
    ]  # fmt: skip
