"""Letters that romanisations of one name write differently (``data/transliteration.json``),
as one typed object.

``transliteration()`` is what the resolver's transliteration skeleton asks
(``resolve.transliteration``): which spellings stand for one sound ("z" / "j", "w" / "v"),
and how short a word may be before only its letters, not its skeleton, are compared.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from corroborate.lexicon import load_data

__all__ = ["Transliteration", "transliteration"]


@dataclass(frozen=True)
class Transliteration:
    # (written, as) in the order they are applied: "ph" is "f" before any one-letter pair
    letters: tuple[tuple[str, str], ...]
    shortest_word: int  # words shorter than this are compared letter for letter


@cache
def transliteration() -> Transliteration:
    """The pairs, read once per process."""
    data = load_data("transliteration")
    pairs = tuple((written.lower(), as_.lower()) for written, as_ in data["letters"]["pairs"])
    return Transliteration(letters=pairs, shortest_word=int(data["shortest_word"]["letters"]))
