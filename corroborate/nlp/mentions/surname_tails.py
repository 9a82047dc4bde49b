"""A surname of several words written alone: "Thapa Magar" after "Dil Bahadur Thapa Magar",
"Singh Gurjar" after "Balveer Singh Gurjar". South Asian surnames are often two words (Nepali
"Thapa Magar", a caste name after an Indian "Singh"), and a report writes them bare as it
writes a one-word surname.

Read from the name's structure only: the words of the bare name must be the last words of
a longer full name of the report, and of exactly one such name once relatives told apart are
left out (``mentions.kin``): "Ram Bahadur Thapa Magar" and "his wife Sita Thapa Magar" leave
"Thapa Magar" to him; "Ram Thapa Magar and Hari Thapa Magar" named as two people leave it to
no one, so two people who share a surname are never joined. A bare name the report itself
introduces as a relative ("his father Zakir Jaffer" beside his son "Zahir Zakir Jaffer") is
a person in their own right: in patronymic naming a father's full name ends his son's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from corroborate.nlp.mentions.kin import without_kin

__all__ = ["tail_bearer"]

_T = TypeVar("_T")


def tail_bearer(
    words: list[str],
    fits: Iterable[_T],
    name_of: Callable[[_T], str],
    kin: Iterable[str],
) -> _T | None:
    """The one full name (of ``fits``, ``name_of`` giving each one's name) that the bare
    name of several ``words`` ends, relatives (``kin``, by name) left out unless no other
    bears it; None where none does or where two people bear it."""
    words = [w.lower() for w in words]
    bearers = [
        f
        for f in fits
        if len(name_of(f).split()) > len(words)
        and [w.lower() for w in name_of(f).split()[-len(words) :]] == words
    ]
    kin = set(kin)
    bearers = without_kin(bearers, [f for f in bearers if name_of(f) in kin])
    if len({name_of(f) for f in bearers}) != 1:
        return None
    return bearers[0]
