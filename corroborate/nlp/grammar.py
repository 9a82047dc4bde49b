"""Small readings of the dependency parse that several readers share."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

__all__ = ["prep_objects"]


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
