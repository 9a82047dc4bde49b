"""The sex a first name tells, from a kept offline library rather than a list of our own.

A pronoun after two people named by first and last name only ("Kamran Yousaf reported the
theft to Saima Naz. She was arrested ...") goes to the one whose first name agrees with it
(``nlp.antecedents``). Which first names are a woman's or a man's is read from the name table
of ``nomquamgender`` (MIT licence; its table ships in the wheel, nothing is downloaded at run
time): some 720,000 names with the share of women bearing each, compiled from birth
registers and name lists of many countries, so South Asian, African, Arabic and Chinese names
are covered as well as European ones.

Only the table is read: the package's classifier imports pandas at import, which nothing
here needs, so the file is found by the package's location without importing it. A name is
given a sex the way the library's own classifier gives one, at its default threshold: when
at least nine in ten bearers of the name (by the table's share) are of that sex, and the
name is attested by several sources; any other name - an unisex one ("Jamie"), a family name
written first ("Wang Fang"), one the table lacks - tells no sex (``None``), so that a
pronoun's candidates stay as the grammar leaves them.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

__all__ = ["first_name_sex", "is_first_name"]

# The library's default: a name is classified when its share of women is within 0.1 of 0
# or 1 (``nomquamgender.NBGC(threshold=.1)``).
_THRESHOLD = 0.1
# Sources that list the name: one or two are often a misparsed record ("'`mr,"), not a name.
_MIN_SOURCES = 3
# Sources enough to call a word a first name whatever its sex ("Femi", "Tunde"): common
# words a few sources hold by mistake ("court" in 9, "police" in 1) stay out.
_NAME_SOURCES = 10


def first_name_sex(word: str) -> str | None:
    """The pronoun gender ("Masc", "Fem", as spaCy's morphology writes it) that a first
    name tells, or None when it tells none."""
    return _table()[0].get(word.lower())


def is_first_name(word: str) -> bool:
    """Whether the library holds ``word`` as a first name, of either sex or of both."""
    w = word.lower()
    return w in _table()[0] or w in _table()[1]


@cache
def _table() -> tuple[dict[str, str], frozenset[str]]:
    """The library's names that tell a sex (lower-cased) and its other well-attested first
    names, read once per process."""
    sexed: dict[str, str] = {}
    others: set[str] = set()
    for name, row in json.loads(_data_file().read_text(encoding="utf-8")).items():
        sources, share = row[0], row[2]
        if sources < _MIN_SOURCES or not name.isalpha():
            continue
        if share >= 1 - _THRESHOLD:
            sexed[name] = "Fem"
        elif share <= _THRESHOLD:
            sexed[name] = "Masc"
        elif sources >= _NAME_SOURCES:
            others.add(name)
    return sexed, frozenset(others)


def _data_file() -> Path:
    """``nomquamgender/name_data.json`` where the package is installed, found without
    importing it (its import loads pandas). A dependency of the project: missing, it is an
    installation to repair, not a reading to make without it."""
    spec = importlib.util.find_spec("nomquamgender")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        path = Path(folder) / "name_data.json"
        if path.is_file():
            return path
    raise ModuleNotFoundError(
        "the first-name table of nomquamgender is missing: pip install nomquamgender==0.1.4"
    )
