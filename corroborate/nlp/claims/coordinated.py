"""The surname a full name lends the lone first name joined to it by "and" ("Rajesh and
Nupur Talwar": Rajesh Talwar), or none: a name that is one word after its honorifics
("Nadeemullah and Mufti Saleemuddin") has no first name of its own, so its one word is no
surname to share - they are two people of one name each."""

from __future__ import annotations

from corroborate.nlp.names import HONORIFICS

__all__ = ["surname_to_share"]


def surname_to_share(full_name: str) -> str | None:
    """The last word of ``full_name`` when it has a first name before it, its leading
    honorifics ("Mufti", "Nawab") aside; None otherwise."""
    words = full_name.split()
    first = 0
    while first < len(words) - 1 and words[first].lower().strip(".") in HONORIFICS:
        first += 1
    return words[-1] if len(words) - first >= 2 else None
