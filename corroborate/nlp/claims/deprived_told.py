"""Coercion told by what a held man went without, or how long he was held, before he gave a
statement - with no word of coercion: "he signed it after three days in a cell without food",
"his statement was signed after two nights without sleep", "the statement was recorded after
he was held for thirty hours in the lock-up", "it was taken without a lawyer present", "he was
kept without food for two days before he signed it", "she had been held at the station for two
days before she signed the statement". Said by the accused's side
(``claims.coerced``), it takes the confession back as a word of coercion does; a span alone
("he signed it after three days") tells no holding, and a "without" of anything else ("without
hesitation") no want.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from corroborate.nlp.grammar import negated

__all__ = ["given_deprived"]


def given_deprived(
    clause: Token,
    givers: frozenset[str],
    holding: frozenset[str],
    wants: frozenset[str],
    spans: frozenset[str],
    places: frozenset[str],
) -> bool:
    """Whether the clause ``clause`` heads ties a verb of giving a statement (``givers``) to
    a want of the held (``wants``: food, sleep, a lawyer) in its own "without" phrase or to a
    span held in its "after" phrase or clause (``spans`` of time ``in`` one of ``places``, or
    without a want; "after he was held for N hours", a verb of ``holding``) - or a verb of
    holding with a want or a span in its own phrases ("kept without food", "held for two
    days") to a giving in its "before" clause. Nothing
    negated: "he had not been kept without food" tells no want."""
    for token in clause.subtree:
        lemma = token.lemma_.lower()
        if negated(token):
            continue
        if lemma in givers and (
            any(_without(t, wants) for t in _phrases(token))
            or any(_held_span(t, holding, wants, spans, places) for t in _after(token))
        ):
            return True
        # "he was kept without food", "she had been held at the station for two days": a
        # want of the held, or a span held told in the holding's own phrases (not a span
        # anywhere in its clause: "held before he signed it two days later")
        held = any(_without(t, wants) or t.lemma_.lower() in spans for t in _phrases(token))
        if lemma in holding and held:
            if any(c.lemma_.lower() in givers for c in _before(token)):
                return True
    return False


def _phrases(verb: Token) -> Iterator[Token]:
    """The words of the verb's own phrases ("signed it after three days in a cell without
    food": the "after" phrase and what hangs in it) - never a clause of its own, whose
    "without" is another act's."""
    for child in verb.children:
        if child.dep_ in ("prep", "agent", "npadvmod"):
            yield from child.subtree


def _without(token: Token, wants: frozenset[str]) -> bool:
    """A "without" whose object names a want of the held ("without food", "without a lawyer
    present", "without being allowed to see a lawyer")."""
    return token.lower_ == "without" and any(
        t.lemma_.lower() in wants for t in token.subtree if t.i != token.i
    )


def _after(verb: Token) -> Iterator[Token]:
    """The heads of the verb's "after" phrase ("after three days": "days") or clause ("after
    he was held": "held"; "after being held")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "after":
            yield from (c for c in child.children if c.dep_ in ("pobj", "pcomp"))
        elif child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "after" for c in child.children
        ):
            yield child


def _held_span(
    head: Token,
    holding: frozenset[str],
    wants: frozenset[str],
    spans: frozenset[str],
    places: frozenset[str],
) -> bool:
    """Whether an "after" phrase or clause tells a span held: a span of time in a place of
    holding or without a want ("three days in a cell", "two nights without sleep"), or a
    verb of holding for a span ("he was held for thirty hours", "being kept for two days"),
    or one spent in such a place ("he spent four days in custody")."""
    if negated(head):
        return False
    words = list(head.subtree)
    timed = any(t.lemma_.lower() in spans for t in words)
    # "three days in a cell", "at the station"; "eleven days of illegal detention", a span
    # of the holding itself
    placed = any(_place(t, places) and t.head.lower_ in ("in", "at", "of") for t in words)
    wanting = any(_without(t, wants) for t in words)
    if head.lemma_.lower() in spans:
        return placed or wanting
    if head.lemma_.lower() in holding:
        return timed
    return head.lemma_.lower() == "spend" and timed and placed


def _place(token: Token, places: frozenset[str]) -> bool:
    """A place of holding; "lock-up" as the tokenizer splits it ("up", "lock" its compound
    or its word before)."""
    if token.lemma_.lower() in places:
        return True
    before = token.nbor(-2) if token.i >= 2 else None
    return token.lower_ == "up" and before is not None and f"{before.lower_}-up" in places


def _before(verb: Token) -> Iterator[Token]:
    """The verb of the verb's "before" clause or phrase ("before he signed it", "before
    signing it")."""
    for child in verb.children:
        if child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "before" for c in child.children
        ):
            yield child
        elif child.dep_ == "prep" and child.lower_ == "before":
            yield from (c for c in child.children if c.dep_ == "pcomp")
