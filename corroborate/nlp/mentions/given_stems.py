"""A one-word name that is the first part of a compound Arabic given name: "Mizan" for
"Mizanur Rahman", "Izhar" for "Izharullah", "Nizam" for "Nizamuddin Ahmed".

South Asian papers write a compound given name ("Mizan-ur-Rahman", "Izhar-ullah",
"Nizam-uddin") as one word, and then call the man by its first part alone, the part before
the joining syllable (the lexicon's ``given_name_links``). That part is no word of the full
name, so the full-name tie (``mentions.full_names``), which asks a one-word name to be a
word of the full one, never sees it and the report makes two people of one man. The tie
here is asked only when no full name of the report has the word itself ("Amin" after
"Amin Khan" and "Aminul Islam" is Amin Khan), and the full-name tie's own tests (kin, rank,
sex, title, the harmed) then choose among the fits as they do for a surname. NER often
types such a short name a body ("Nizam", "Asad"); beside the full name it is a person's, as
a word of a person's full name is (``mentions.entity_types``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from corroborate.lexicon.name_words import name_words

__all__ = ["SHORTEST_STEM", "compound_bearers", "opens_a_compound_of", "opens_compound"]

_LINKS = name_words().given_name_links
# A first part shorter than this is no name a report calls a man by ("Ab" of "Abdul").
SHORTEST_STEM = 3

T = TypeVar("T")


def opens_compound(short: str, word: str) -> bool:
    """Whether ``word`` is ``short`` closed by a joining syllable of a compound given name
    ("Mizan", "Mizanur"; "Izhar", "Izharullah"), case aside."""
    s, w = short.lower(), word.lower()
    return len(s) >= SHORTEST_STEM and w.startswith(s) and w[len(s) :] in _LINKS


def opens_a_compound_of(short: str, words: Iterable[str]) -> bool:
    """Whether ``short`` is the first part of a compound given name among ``words`` (the
    words of the report's people's full names): "Nizam" NER typed a body beside
    "Nizamuddin Memon" is that man's short name, as a word of his name would be."""
    return any(opens_compound(short, w) for w in words)


def compound_bearers(short: str, fulls: Sequence[T], name_of: Callable[[T], str]) -> list[T]:
    """The full names among ``fulls`` with a word that ``short`` is the first part of, when
    they are one name: "Habib" after "Habibur Rahman" and "Habibullah Khan" is either man,
    so neither (a surname two people bear is the kin tests' question; a first part two
    compound names share tells nothing of which)."""
    fits = [f for f in fulls if any(opens_compound(short, w) for w in name_of(f).split())]
    return fits if len({name_of(f) for f in fits}) == 1 else []
