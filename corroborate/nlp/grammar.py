"""Small readings of the dependency parse that several readers share."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

__all__ = ["negated_or_possible", "prep_objects"]


def prep_objects(
    head: Token, prepositions: Collection[str], deps: Collection[str] = ("pobj",)
) -> list[Token]:
    """The objects (``deps``) of the prepositions ``prepositions`` that hang on ``head``:
    "the mastermind of the attack" -> [attack] for ("of",); "confessed to being nervous" ->
    [being] for ("to",) with ("pobj", "pcomp")."""
    return [
        p for c in head.children if c.dep_ == "prep" and c.lower_ in prepositions
        for p in c.children if p.dep_ in deps
    ]  # fmt: skip


def negated_or_possible(verb: Token, modals: Collection[str]) -> bool:
    """Whether ``verb`` is negated ("did not claim") or only possible, by one of the modal
    auxiliaries ``modals`` ("may have been behind", "could be charged")."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in modals) for c in verb.children)
