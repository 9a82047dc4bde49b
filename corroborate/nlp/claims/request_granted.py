"""A court act asked for and granted in the same sentence: done, not only asked.

"The prosecutor asked the court to remand both men pending advice, which the magistrate
granted", "police asked the judge to remand X, and the judge agreed": the act the request
verb governs (``request_verbs``) is only asked for, which ``NotDone`` drops - unless a
verb of granting (``request_granting_verbs``) after it in the sentence, done by a court and
not negated, answers the request: as a relative clause ("which the magistrate granted", the
parser may hang it on any noun before), or a clause joined to the request with nothing of
its own granted ("and the judge agreed", "and the court granted it"). Whether the granter
is a court is the caller's to say.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["granting_verb"]

# The objects of a granting verb that stand for the request itself ("which", "it").
_THE_REQUEST = frozenset({"which", "that", "it"})


def granting_verb(
    request: Token, lex: LegalLexicon, by_court: Callable[[Token], bool]
) -> Token | None:
    """The verb of the sentence after ``request`` that grants it, or None."""
    for verb in request.sent:
        if verb.i <= request.i or verb.lemma_.lower() not in lex.request_granting_verbs:
            continue
        if any(c.dep_ == "neg" for c in verb.children) or not by_court(verb):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
        if verb.dep_ == "relcl" and any(o.lower_ in _THE_REQUEST for o in objects):
            return verb
        joined = verb.dep_ == "conj" and verb.head.i == request.i
        if joined and all(o.lower_ in _THE_REQUEST for o in objects):
            return verb
    return None
