"""The sex a first name tells, from a kept offline library rather than a list of our own.

A pronoun after two people named by first and last name only ("Kamran Yousaf reported the
theft to Saima Naz. She was arrested ...") goes to the one whose first name agrees with it
(``nlp.antecedents``). Which first names are a woman's or a man's is read from the name table
of ``nomquamgender`` (MIT licence; its table ships in the wheel, nothing is downloaded at run
time): some 720,000 names with the share of women bearing each, compiled from birth
registers and name lists of many countries, so South Asian, African, Arabic and Chinese names
are covered as well as European ones.

Only the table is read: the package's classifier imports pandas at import, which nothing
here needs, so the file is found by the package's location without importing it. Nor is the
table parsed as JSON: building 720,000 entries to keep 80,000 cost each process ~1.7 CPU-s
and ~245 MB the first time a name was looked up (every ingest, every worker), ~195 MB of it
never given back. One regular expression picks out the entries that can pass (a name of
letters attested by enough sources) and leaves the rest as bytes: ~0.3 CPU-s, ~28 MB at the
peak, ~7 MB kept (docs/scale.md, names18).

A name is given a sex the way the library's own classifier gives one, at its default
threshold: when at least nine in ten bearers of the name (by the table's share) are of that
sex, and the name is attested by several sources; any other name - an unisex one ("Jamie"),
a family name written first ("Wang Fang"), one the table lacks - tells no sex (``None``), so
that a pronoun's candidates stay as the grammar leaves them.
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
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
    return _table()[0].get(_as_the_table_spells(word))


def is_first_name(word: str) -> bool:
    """Whether the library holds ``word`` as a first name, of either sex or of both."""
    sexed, others = _table()
    w = _as_the_table_spells(word)
    return w in sexed or w in others


def _as_the_table_spells(word: str) -> str:
    """``word`` in lower case as the table writes it: as written where the table holds it so
    (every ASCII word; an accented name in a table that keeps accents), else its letters'
    accents dropped. The installed table writes its names in ASCII letters ("dieudonne",
    "alvaro", "gabor", "rocio") and reports from Europe, Africa and Latin America write them
    with theirs ("Dieudonné", "Álvaro", "Gábor", "Rocío"), which the table then never held.
    The letters that are no accented letter but one of their own ("ł" of "Michał", "ø" of
    "Søren", "đ" of "Đorđe") are written as the table's romanisation writes them."""
    w = word.lower()
    sexed, others = _table()
    if w.isascii() or w in sexed or w in others:
        return w
    bare = unicodedata.normalize("NFKD", w.translate(_OWN_LETTERS))
    return "".join(c for c in bare if not unicodedata.combining(c))


# Letters Unicode decomposes into no ASCII base and an accent, and the ASCII the table's
# romanisations write them as.
_OWN_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae"})


@cache
def _table() -> tuple[dict[str, str], frozenset[str]]:
    """The library's names that tell a sex and its other well-attested first names, read
    once per process: picked out of the file's text when it spells names plainly, which the
    installed table does, else parsed as JSON."""
    raw = _data_file().read_bytes()
    return _kept(_candidate_rows(raw) if _spelled_plainly(raw) else _all_rows(raw))


def _kept(rows: Iterable[_Row]) -> tuple[dict[str, str], frozenset[str]]:
    """The names (as the table writes them, lower case) that tell a sex, with the sex, and
    the other names attested enough to be first names."""
    sexed: dict[str, str] = {}
    others: set[str] = set()
    for name, sources, share in rows:
        if sources < _MIN_SOURCES or not name.isalpha():
            continue
        if share >= 1 - _THRESHOLD:
            sexed[name] = "Fem"
        elif share <= _THRESHOLD:
            sexed[name] = "Masc"
        elif sources >= _NAME_SOURCES:
            others.add(name)
    return sexed, frozenset(others)


_Row = tuple[str, int, float]
"""A table entry as read here: the name, its number of sources, its share of women."""

# An entry of the table as ``json.dump`` writes it - ``"name": [sources, counts, share,
# category]`` - whose name is ASCII letters and whose sources are at least ``_MIN_SOURCES``
# (a one-digit number): every entry that ``_table``'s filter can keep, when the file spells
# names plainly (``_spelled_plainly``). Opening on a quote, the search skips from quote to
# quote; an entry with fewer sources fails at its first digit and a name with another
# character at that character, so the 620,000 entries that can never pass cost a few byte
# comparisons each and no object.
_CANDIDATE = re.compile(
    rb'"([A-Za-z]+)": \[([%d-9]|[1-9][0-9]+), [0-9]+, ([-+.0-9eE]+)' % _MIN_SOURCES
)
# A JSON ``\uXXXX`` escape, with the code it spells, when its backslash is not itself
# escaped (``\\u``, an escaped backslash and the letter u, is in the table).
_UNICODE_ESCAPE = re.compile(rb"\\u([0-9a-fA-F]{4})")


def _spelled_plainly(raw: bytes) -> bool:
    """Whether every letter of the file is written as itself in ASCII: no UTF-8 character,
    no ``\\u`` escape of a letter or of anything beyond ASCII (a pair of them may spell a
    letter). Then a name of letters is ``[A-Za-z]+`` as written, and ``_candidate_rows``
    misses none that JSON would read. The table escapes a control character (``\\u007f``
    in "k\\u007frpasankara"), which spells no letter."""
    if not raw.isascii():
        return False
    for escape in _UNICODE_ESCAPE.finditer(raw):
        code = int(escape[1], 16)
        if not _escaped(raw, escape.start()) and (code >= 0x80 or chr(code).isalpha()):
            return False
    return True


def _candidate_rows(raw: bytes) -> Iterator[_Row]:
    """The entries that can pass ``_table``'s filter, picked out of the file's text without
    parsing the rest (exact only for a file ``_spelled_plainly``), one at a time."""
    for entry in _CANDIDATE.finditer(raw):
        # A quote a backslash escapes is inside a name ("x\\"abc": ...): "abc" is no entry.
        if not _escaped(raw, entry.start()):
            yield entry[1].decode("ascii"), int(entry[2]), float(entry[3])


def _escaped(raw: bytes, at: int) -> bool:
    """Whether a backslash escapes the byte at ``at``: an odd run of them stands before it."""
    run = 0
    while at > run and raw[at - run - 1] == ord("\\"):
        run += 1
    return run % 2 == 1


def _all_rows(raw: bytes) -> Iterator[_Row]:
    """Every entry, parsed as JSON: exact for any file, and the slow reading the fast one is
    checked against (tests/lexicon/test_first_names.py)."""
    for name, row in json.loads(raw).items():
        yield name, row[0], row[2]


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
