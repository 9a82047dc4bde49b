"""Spelling variants of one person's name across articles: "Hamad" / "Hammad", "Qaim Khani" /
"Qaimkhani", "Mohamed" / "Mohammed".

``names.key`` already joins names that differ only in vowels ("Siddiqui" / "Siddiqi"); what it
cannot see are doubled or swapped consonants and surnames written as one word or two. Two
names of as many words are variants when every pair of words is at least ``VARIANT_THRESHOLD``
alike by Jaro-Winkler similarity (rapidfuzz), which weighs the start of a word most: the part
of a transliterated name that varies least. Names of different lengths in words are variants
when their given names are, and the rest of their letters run together ("qaim khani" ->
"qaimkhani") too.

The threshold was chosen on the court-reports dev split and checked leave-one-case-out
(``benchmarks/resolve_variants.py``, figures in ``docs/entity-resolution.md``): at 0.915 it
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

VARIANT_THRESHOLD = 0.915
# Names of different lengths in words are compared run together ("Qaim Khani" / "Qaimkhani"),
# and only when that changes a letter at most: more is another word ("Ali Hassan" is not "Ali
# Hassan Khan", "Jerry Falwell" not "Jerry Falwell Jr"; a longer name is the middle-name
# rule's question).
MAX_EXTRA_LETTERS = 1


def name_parts(name: str) -> tuple[str, ...] | None:
    """The words of a name, lower-cased, or None for a one-word name (a lone given name or
    surname is never matched by spelling across articles)."""
    ws = tuple(w.replace("-", "") for w in names.words(name))
    return ws if len(ws) >= 2 else None


def variant_block(parts: tuple[str, ...]) -> tuple[str, str]:
    """The first letters of the given name and of the rest. Variants must share them ("Asmat"
    / "Ismat Adamjee" are left apart): a transliteration keeps a name's first sound, and
    candidates are looked up by this key instead of comparing every pair of names."""
    return parts[0][:1], parts[1][:1]


def variant_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """How alike two names are: the least alike pair of words when both have as many words
    ("Martin Luther King Jr" / "... Day": "jr" / "day"); else the lower of the given names'
    and the rests' similarity, the rests run together (0 when their lengths differ by more
    than ``MAX_EXTRA_LETTERS``)."""
    if len(a) == len(b):
        return min(JaroWinkler.similarity(x, y) for x, y in zip(a, b, strict=True))
    rest_a, rest_b = "".join(a[1:]), "".join(b[1:])
    if abs(len(rest_a) - len(rest_b)) > MAX_EXTRA_LETTERS:
        return 0.0
    return min(JaroWinkler.similarity(a[0], b[0]), JaroWinkler.similarity(rest_a, rest_b))
