"""Spelling variants of one person's name across articles: "Hamad" / "Hammad", "Qaim Khani" /
"Qaimkhani", "Mohamed" / "Mohammed".

``names.key`` already joins names that differ only in vowels ("Siddiqui" / "Siddiqi"); what it
cannot see are doubled or swapped consonants and surnames written as one word or two. Here a
name is its given name and the rest of its letters run together ("Anees Qaim Khani" ->
("anees", "qaimkhani")), and two names are variants when both parts are at least
``VARIANT_THRESHOLD`` alike by Jaro-Winkler similarity (rapidfuzz), which weighs the start of
a word most: the part of a transliterated name that varies least.

The threshold was chosen on the court-reports dev split and checked leave-one-case-out
(``benchmarks/resolve_variants.py``, figures in ``docs/entity-resolution.md``): at 0.90 it
joins "Mohamed" / "Mohammed Ahmed Abdi" and "Rafaele" / "Raffaele Sollecito" and keeps
"Hammad" and "Hamid Siddiqui" (0.876) apart. Names closer than that can still be two people
("Zahir" / "Zakir Jaffer", 0.893, father and son): the resolver never joins two names that one
article uses side by side (``corroborate.resolve.entities``).
"""

from __future__ import annotations

from rapidfuzz.distance import JaroWinkler

from corroborate.nlp import names

__all__ = [
    "MAX_EXTRA_LETTERS",
    "VARIANT_THRESHOLD",
    "name_parts",
    "variant_block",
    "variant_similarity",
]

VARIANT_THRESHOLD = 0.90
# A spelling varies a name by a letter or two; more is another word ("Ali Hassan" is not
# "Ali Hassan Khan": whether a longer name is the same person is the middle-name rule's).
MAX_EXTRA_LETTERS = 2


def name_parts(name: str) -> tuple[str, str] | None:
    """The given name and the rest of the name's letters, or None for a one-word name (a
    lone given name or surname is never matched by spelling across articles)."""
    ws = names.words(name)
    if len(ws) < 2:
        return None
    return ws[0], "".join(w.replace("-", "") for w in ws[1:])


def variant_block(parts: tuple[str, str]) -> tuple[str, str]:
    """The first letters of both parts. Variants must share them ("Asmat" / "Ismat Adamjee"
    are left apart): a transliteration keeps a name's first sound, and candidates are looked
    up by this key instead of comparing every pair of names."""
    return parts[0][:1], parts[1][:1]


def variant_similarity(a: tuple[str, str], b: tuple[str, str]) -> float:
    """How alike two names are: the lower of their given names' and their rests' similarity
    (0 when one rest is more than ``MAX_EXTRA_LETTERS`` letters longer)."""
    if abs(len(a[1]) - len(b[1])) > MAX_EXTRA_LETTERS:
        return 0.0
    return min(JaroWinkler.similarity(a[0], b[0]), JaroWinkler.similarity(a[1], b[1]))
