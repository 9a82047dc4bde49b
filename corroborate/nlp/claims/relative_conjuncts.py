"""The predicates of a relative clause told of a copula's subject: "his client was a trader
who sold handsets and had no knowledge of any stolen phone", "he was a retired dock worker
who mended nets and had never touched a boat". The relative pronoun ("who") is the subject
of the clause and of every later predicate joined to it by "and" with no subject of its own -
so, where the clause hangs on the copula's predicate noun, each of them tells of the copula's
subject (``ClearingActs._described_as_cleared`` asks each whether it clears, lfd38).

Only a conjunct the parser joined to the relative clause's own verb: one joined to a verb of a
clause inside it ("a homemaker who signed papers her husband placed before her and had no
role in it", "had" joined to "placed", whose subject is the husband) may tell of that
clause's subject, and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.grammar import OWN_SUBJECT_DEPS

__all__ = ["relative_predicates"]


def relative_predicates(rel: Token) -> list[Token]:
    """``rel`` (a relative clause's verb) and each later predicate joined to it with no
    subject of its own: the predicates whose subject is the relative pronoun."""
    out = [rel]
    for conj in rel.conjuncts:
        if conj.i < rel.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        # a conjunct with a subject of its own tells of someone else ("who sold phones and
        # his brother had the shop")
        if any(c.dep_ in OWN_SUBJECT_DEPS for c in conj.children):
            continue
        out.append(conj)
    return out
