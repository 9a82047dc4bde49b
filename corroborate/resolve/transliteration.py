"""One name romanised two ways: "Zion" / "Jeon", "Parvez" / "Parwez", "Tariq" / "Tarik".

A Bengali, Urdu or Arabic name reaches the English press through a romanisation, and the
same sound is written with one Latin letter in one paper and another in the next (the
pairs are the lexicon's, ``lexicon/data/transliteration.json``). ``skeleton`` writes each
pair's first spelling as its second and keeps what ``names.skeleton`` keeps (the first
letter and the consonants): two words with one transliteration skeleton differ only where
romanisation is uncertain, in vowels and in the paired letters.

That is also how a variant is told from a relative: relatives share a surname, never a
given name, and two given names are two names when a consonant differs that no
romanisation pair explains ("Zahir" / "Zakir Jaffer", father and son: h / k). The
skeleton never joins those; only the rapidfuzz similarity (``variants``) could, and its
threshold keeps "Zahir" / "Zakir" (0.893) below.

Only the spelling-variant rule reads this (``variants.romanised_alike``), and only of whole
names: a name is one person's when each of its words has the other's skeleton, it is like no
other person's name, and no article names both.
"""

from __future__ import annotations

from functools import lru_cache

from corroborate.lexicon.transliteration import transliteration
from corroborate.nlp import names

__all__ = ["name_key", "romanised", "same_name", "skeleton"]

_LETTERS = transliteration()


def romanised(word: str) -> str:
    """``word`` lower-cased, each lexicon pair's first spelling written as its second
    ("Zion" -> "jion", "Phiroz" -> "firoj")."""
    w = word.lower().replace("-", "")
    for written, as_ in _LETTERS.letters:
        w = w.replace(written, as_)
    return w


def skeleton(word: str) -> str | None:
    """The transliteration skeleton of a word (``names.skeleton`` of ``romanised``), or None
    for a word shorter than the lexicon's ``shortest_word`` (initials, "Md", "Al")."""
    if len(word) < _LETTERS.shortest_word:
        return None
    return names.skeleton(romanised(word))


@lru_cache(maxsize=1 << 17)  # asked for every word of every person's name, at each build
def name_key(word: str) -> str:
    """What ``same_name`` compares: the transliteration skeleton, or for a word too short
    to have one the word itself (marked, so that it equals no skeleton)."""
    found = skeleton(word)
    return "=" + word.lower() if found is None else found


def same_name(a: str, b: str) -> bool:
    """Whether two words are one name romanised two ways: the same transliteration skeleton
    ("Zion" / "Jeon": "jn"), or, for words too short to have one, the same letters."""
    return name_key(a) == name_key(b)
