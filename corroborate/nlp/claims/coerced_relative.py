"""A statement told coerced by a relative clause on it: "his client does not recognise the
statement, which was taken at eleven at night and without his lawyer", "he rejects the
statement, which was extracted under torture". The accused's side names the statement as the
object of its own verb (disowning it, or only naming it) and says how it came to be in a
passive relative whose subject is the relative pronoun; what the relative says (a word of
coercion, a want of the held: ``CoercedStatements._coercion_in``) takes the statement back
whatever the main verb is, negated or not ("does not recognise" disowns it too). A relative
that says nothing of coercion ("which was recorded on May 9") takes nothing back, and a
relative on another noun ("the car, which was taken without a key") is no statement.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.nlp.claims.parties import PASSIVE_SUBJECTS

__all__ = ["coerced_relative"]

_RELATIVE_PRONOUNS = frozenset({"which", "that"})


def coerced_relative(
    clause: Token,
    nouns: frozenset[str],
    owned: Callable[[Token], bool],
    coerced: Callable[[Token], bool],
) -> Token | None:
    """The statement noun (``nouns``) in the clause ``clause`` heads that ``owned`` holds the
    accused's ("the statement", "his statement") and that a passive relative on it says was
    coerced (``coerced`` of the relative's verb); else None."""
    for token in clause.subtree:
        if token.lemma_.lower() not in nouns or not owned(token):
            continue
        for relative in token.children:
            if relative.dep_ != "relcl" or relative.tag_ != "VBN":
                continue
            subjects = [c for c in relative.children if c.dep_ in PASSIVE_SUBJECTS]
            if any(s.lower_ in _RELATIVE_PRONOUNS for s in subjects) and coerced(relative):
                return token
    return None
