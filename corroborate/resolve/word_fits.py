"""Whether one person's name fits inside a longer one, word by word, as the word rules ask
(``name_rules``): the middle-name rule's words in order, the contained-name rule's head or
tail. One place for the tests, so that the blocking keys that find the candidates
(``blocking``: ``ends:``, ``head:``, ``tail:``) link exactly the pairs those rules compare.

A block of such a key holds every name with the same first and last words (or the same two
first, two last): "Muhammad Ali Yaqoob" and "Muhammad Aslam Yaqoob" share ``ends:``, yet no
rule compares them - the middle-name rule only compares a shorter name with a longer one
whose words it holds in order. Linking a whole block (as a key does) chained such names into
components of 40-60 names at 500 court reports, which an update resolves again whole for any
name it reaches (issue 15); linked pair by pair (``fits_inside``) they fall apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from corroborate.nlp import names
from corroborate.resolve import variants

__all__ = [
    "CONTAINED",
    "affix",
    "contained_kind",
    "fits_inside",
    "opens_after_honorifics",
    "subsequence",
]

# The blocks whose holders a word rule compares only where one fits inside the other: the
# middle-name rule's (``ends:``), the contained-name rule's (``head:``, ``tail:``) and the
# inner-name rule's (``inner:``, where the names looking it up are never compared with
# each other, only with the longer names holding it).
CONTAINED = ("ends:", "head:", "tail:", "inner:")


def contained_kind(key: str) -> str | None:
    """The block kind ("ends", "head", "tail", "inner") of a key of ``CONTAINED``, else
    None."""
    for prefix in CONTAINED:
        if key.startswith(prefix):
            return prefix[:-1]
    return None


def subsequence(short: Sequence[str], long_: Sequence[str]) -> bool:
    """Whether ``short``'s words are words of ``long_`` in order, up to spelling
    (``names.same_word``)."""
    it = iter(long_)
    return all(any(names.same_word(w, x) for x in it) for w in short)


def affix(short: Sequence[str], long_: Sequence[str], end: str) -> bool:
    """Whether ``short`` is the head or tail of ``long_``, word by word up to spelling
    ("Mefatul Islam Jeon" ends "Md Meftahul Islam Jeon": the words outside the blocking
    pair may be spelling variants, ``variants.words_alike``)."""
    part = long_[: len(short)] if end == "head" else long_[-len(short) :]
    return all(names.same_word(a, b) or variants.words_alike(a, b)
               for a, b in zip(short, part, strict=True))  # fmt: skip


def fits_inside(kind: str, a: str, b: str) -> bool:
    """Whether the rule reading a ``kind`` block (``contained_kind``) compares the names
    ``a`` and ``b``: the one of fewer words fits inside the other as that rule asks - its
    words in order (``ends``: ``name_rules.join_middle_names``), the other's head or tail
    (``head``, ``tail``: ``join_contained_names``; a head after the other's honorifics too),
    or its words in order after the other's first word, opening with another word and not
    its tail (``inner``: ``join_inner_names``).
    Names of as many words are never compared through these blocks. A test of the two names
    alone, whatever their types (a name's keys are held under every type it may take)."""
    wa, wb = names.words(a), names.words(b)
    if len(wa) == len(wb):
        return False
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    if kind == "ends":
        return subsequence(short, long_)
    if kind == "tail":
        return affix(short, long_, "tail")
    if kind == "inner":
        return (not names.same_word(short[0], long_[0]) and subsequence(short, long_[1:])
                and not affix(short, long_, "tail"))  # fmt: skip
    return affix(short, long_, "head") or opens_after_honorifics(short, long_)


def opens_after_honorifics(short: Sequence[str], long_: list[str]) -> bool:
    """Whether ``short`` opens what follows ``long_``'s honorifics, ``long_``'s surname
    dropped ("Shahidul Islam", "Md Shahidul Islam Sarkar")."""
    bare = names.after_honorifics(long_)
    return bare is not None and len(short) < len(bare) and affix(short, bare, "head")
