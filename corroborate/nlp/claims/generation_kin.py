"""Whom "his father" or "his son" stands for in a report about a father and a son of one
name ("Keith Pryce senior, 61, and Keith Pryce junior, 34 ... His father faces a single
charge of arson"): the one of the pair the kin noun fits - the father the one whose name
ends with an elder's word ("senior", "Sr"), the son the one with a younger's ("junior",
"Jr"). The report told them apart by those words (``mentions.generations``); "his father"
names no one new while it follows the son, so it is the other of the pair.

Only where the report names exactly one such pair: with two pairs, or only one of the two,
whose father is meant is not told.
"""

from __future__ import annotations

from collections.abc import Iterable

from corroborate.lexicon.name_words import name_words
from corroborate.nlp import names

__all__ = ["generation_kin"]

_WORDS = name_words()


def generation_kin(kin_lemma: str, full_names: Iterable[str]) -> str | None:
    """The full name a kin noun (its lemma) stands for in a document naming one father and
    son of one name, or None."""
    elder = kin_lemma in _WORDS.elder_kin
    if not elder and kin_lemma not in _WORDS.younger_kin:
        return None
    pairs: dict[tuple[str, ...], dict[bool, str]] = {}
    for name in set(full_names):
        ws = tuple(names.words(name))
        if len(ws) >= 3 and ws[-1] in _WORDS.generation_suffixes:
            pairs.setdefault(ws[:-1], {})[ws[-1] in _WORDS.elder_suffixes] = name
    whole = [pair for pair in pairs.values() if len(pair) == 2]
    if len(whole) != 1:
        return None
    return whole[0][elder]
