"""Spelling variants of one person's name across articles: "Hamad" / "Hammad", "Qaim Khani" /
"Qaimkhani", "Mohamed" / "Mohammed", "Meftahul Islam Zion" / "Meftahul Islam Jeon".

``names.key`` already joins names that differ only in vowels ("Siddiqui" / "Siddiqi"); what it
cannot see are doubled or swapped consonants and surnames written as one word or two. Two
names of as many words are variants when every pair of words is at least ``VARIANT_THRESHOLD``
alike by Jaro-Winkler similarity (rapidfuzz), which weighs the start of a word most: the part
of a transliterated name that varies least. Names of different lengths in words are variants
when their given names are, and the rest of their letters run together ("qaim khani" ->
"qaimkhani") too.

A second test stands beside the similarity (``romanised_alike``): two names of as many words
are variants when each pair of words is one name romanised two ways
(``transliteration.same_name``: the same transliteration skeleton, "Zion" / "Jeon", "Adolf" /
"Adolph", "Parvez" / "Parwez"), however unlike they are spelled. That is ``names.key``'s
"same name" with the lexicon's romanisation pairs added, so it is asked of the whole name,
never of one word beside words only similar: a skeleton of one word says little ("Ryan" /
"Ron": "rn"; "Maloy" / "Maiola": "ml", and "Joe Maloy" / "Joel Maiola" are two men whose
given names are only similar), the name's other words having one skeleton too is what makes
it one name. Its candidates share ``romanised_key``, not the first letters ("Zubair" /
"Jubair"); the rule (``name_rules.join_variants``) asks both tests.

The threshold was chosen on the court-reports dev split and checked leave-one-case-out
(``benchmarks/resolve_variants.py``, figures in ``docs/entity-resolution.md``): at 0.915 it
joins "Mohamed" / "Mohammed Ahmed Abdi" and "Rafaele" / "Raffaele Sollecito" and keeps
"Hammad" and "Hamid Siddiqui" (0.876) apart. Names closer than that can still be two people
("Zahir" / "Zakir Jaffer", 0.893, father and son): the resolver never joins two names that one
article uses side by side (``corroborate.resolve.name_rules``).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from corroborate.nlp import names
from corroborate.resolve import transliteration

__all__ = [
    "MAX_EXTRA_LETTERS",
    "alike_across",
    "alike_in_block",
    "VARIANT_THRESHOLD",
    "name_parts",
    "romanised_alike",
    "romanised_key",
    "variant_block",
    "variant_similarity",
    "words_alike",
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
    """The first letters of the given name and of the rest. Names alike by similarity must
    share them ("Asmat" / "Ismat Adamjee" are left apart): a transliteration keeps a name's
    first sound, and candidates are looked up by this key instead of comparing every pair of
    names. A name romanised otherwise may open with another letter ("Zubair" / "Jubair"): it
    is found by ``romanised_key`` instead."""
    return parts[0][:1], parts[1][:1]


@lru_cache(maxsize=1 << 17)  # a pure function of the name: asked by its blocking keys and rule
def romanised_key(parts: tuple[str, ...]) -> str:
    """The transliteration skeletons of a name's words (``transliteration.name_key``): names
    share it exactly when they are ``romanised_alike``, so it is the second test's blocking
    key, as narrow as the test (a key of the first letters romanised would join whole
    blocks of names that are not alike: "j" with "z", "k" with "q")."""
    return " ".join(transliteration.name_key(w) for w in parts)


def romanised_alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names are one name romanised two ways: as many words, each pair one name
    (``transliteration.same_name``)."""
    return len(a) == len(b) and all(
        transliteration.same_name(x, y) for x, y in zip(a, b, strict=True))  # fmt: skip


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


def words_alike(a: str, b: str) -> bool:
    """Whether two words of names are one word spelled two ways ("Mefatul" / "Meftahul"):
    as alike as ``VARIANT_THRESHOLD`` asks of every word of two variant names."""
    return JaroWinkler.similarity(a, b, score_cutoff=VARIANT_THRESHOLD) >= VARIANT_THRESHOLD


_ROWS = 512  # names compared at once: a block of n names costs n x 512 floats per matrix
# A block this small is compared pair by pair: setting up ``cdist``'s matrices costs more
# than its few pairs, and most blocks of an update's components hold a handful of names
# (at train, 0.045 -> 0.026 CPU-s over one update's 122 blocks, best of 15).
_PAIRWISE = 12


def alike_in_block(block: list[tuple[str, ...]]) -> list[list[int]]:
    """For each name of one block, the indices of the others that ``variant_similarity``
    puts at ``VARIANT_THRESHOLD`` or above: the same pairs, computed by rapidfuzz's ``cdist``
    (compiled, a few rows of the block at a time) instead of one Python call per pair."""
    n = len(block)
    if n < 2:
        return [[] for _ in block]
    alike = _pairwise(block, block) if n <= _PAIRWISE else _by_matrix(block, block)
    return [[j for j in others if j != i] for i, others in enumerate(alike)]


def alike_across(names_: list[tuple[str, ...]], block: list[tuple[str, ...]]) -> list[list[int]]:
    """For each of ``names_``, the indices of the names of ``block`` that ``variant_similarity``
    puts at ``VARIANT_THRESHOLD`` or above: ``alike_in_block``'s test asked of the pairs
    across the two lists only. A few names looking into a block of hundreds (an update's new
    names into a stored ``variant:`` key) cost as many rows, not the block's every pair."""
    if not names_ or not block:
        return [[] for _ in names_]
    if len(names_) * len(block) <= _PAIRWISE * _PAIRWISE:
        return _pairwise(names_, block)
    return _by_matrix(names_, block)


def _pairwise(rows: list[tuple[str, ...]], cols: list[tuple[str, ...]]) -> list[list[int]]:
    return [
        [j for j, other in enumerate(cols) if variant_similarity(name, other) >= VARIANT_THRESHOLD]
        for name in rows
    ]  # fmt: skip


def _by_matrix(rows: list[tuple[str, ...]], cols: list[tuple[str, ...]]) -> list[list[int]]:
    """``_pairwise``'s answer by ``cdist``, ``_ROWS`` rows at a time."""
    given = [p[0] for p in cols]
    rests = ["".join(p[1:]) for p in cols]
    lengths = np.array([len(r) for r in rests])
    counts = np.array([len(p) for p in cols])
    row_given = [p[0] for p in rows]
    row_rests = ["".join(p[1:]) for p in rows]
    row_lengths = np.array([len(r) for r in row_rests])
    row_counts = np.array([len(p) for p in rows])
    out: list[list[int]] = []
    for lo in range(0, len(rows), _ROWS):
        hi = min(len(rows), lo + _ROWS)
        # Names of different lengths in words: given names and rests run together.
        ok = np.minimum(_similar(row_given[lo:hi], given), _similar(row_rests[lo:hi], rests))
        ok = (ok >= VARIANT_THRESHOLD) & (
            np.abs(row_lengths[lo:hi, None] - lengths[None, :]) <= MAX_EXTRA_LETTERS
        )
        same = row_counts[lo:hi, None] == counts[None, :]
        ok &= ~same
        # Names of as many words: every pair of words.
        for k in np.unique(row_counts[lo:hi]):
            at = np.nonzero(row_counts[lo:hi] == k)[0]
            cs = np.nonzero(counts == k)[0]
            least = np.ones((len(at), len(cs)))
            for position in range(int(k)):
                least = np.minimum(least, _similar(
                    [rows[lo + r][position] for r in at], [cols[c][position] for c in cs]
                ))  # fmt: skip
            ok[np.ix_(at, cs)] = least >= VARIANT_THRESHOLD
        out += [[int(c) for c in np.nonzero(ok[r])[0]] for r in range(hi - lo)]
    return out


def _similar(a: list[str], b: list[str]) -> np.ndarray:
    return process.cdist(a, b, scorer=JaroWinkler.similarity, dtype=np.float64,
                         score_cutoff=VARIANT_THRESHOLD)  # fmt: skip
