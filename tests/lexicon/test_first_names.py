"""The sex a first name tells, read from the name library's table (``lexicon.first_names``)."""

from __future__ import annotations

import importlib
import json
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corroborate.lexicon import first_names
from corroborate.lexicon.first_names import first_name_sex, is_first_name


def test_names_of_many_regions_tell_their_sex() -> None:
    for name in ("Saima", "Ayesha", "Priya", "Chioma", "Fatima", "Sunita", "Grace"):
        assert first_name_sex(name) == "Fem", name
    for name in ("Kamran", "Imran", "Rahul", "Obinna", "Omar", "Ramesh", "Peter"):
        assert first_name_sex(name) == "Masc", name


def test_a_name_of_both_sexes_and_a_word_tell_none() -> None:
    for word in ("Jamie", "Jordan", "Robin", "Nusrat", "Karachi", "Court", "Police"):
        assert first_name_sex(word) is None, word


def test_case_does_not_matter() -> None:
    assert first_name_sex("SAIMA") == first_name_sex("saima") == "Fem"


def test_a_first_name_of_either_sex_is_known_but_a_common_word_is_not() -> None:
    assert is_first_name("Femi") and is_first_name("Jordan") and is_first_name("Saima")
    for word in ("Court", "Police", "Rangers", "Karachi", "Islamic"):
        assert not is_first_name(word), word


# The table is read by picking its entries out of the file's text (fast) rather than by
# parsing it as JSON (slow): the two readings must keep the same names with the same sex.


@cache
def _installed_table() -> bytes:
    return first_names._data_file().read_bytes()


def test_the_installed_table_is_read_fast_and_as_json_would_read_it() -> None:
    raw = _installed_table()
    assert first_names._spelled_plainly(raw)
    fast = first_names._kept(first_names._candidate_rows(raw))
    assert fast == first_names._kept(first_names._all_rows(raw))
    assert len(fast[0]) > 50_000 and len(fast[1]) > 1_000


def test_the_classifier_of_the_library_gives_the_same_sex() -> None:
    """Over every 25th name that passes the table's filter (some 4,000) and the names the
    tests use, ``first_name_sex`` answers as ``nomquamgender``'s own classifier at its
    default threshold."""
    nqg = importlib.import_module("nomquamgender")
    rows = first_names._all_rows(_installed_table())
    attested = [name for name, sources, _ in rows if sources >= 3 and name.isalpha()]
    used = [name.lower() for name in _NAMES_USED if name.lower() in set(attested)]
    sample = attested[::25] + used
    as_library = {"gf": "Fem", "gm": "Masc", "-": None}
    for name, told in zip(sample, nqg.NBGC().classify(sample), strict=True):
        assert first_name_sex(name) == as_library[told], name
    assert len(sample) > 3_000 and len(used) > 15


_NAMES_USED = (
    *("Saima", "Ayesha", "Priya", "Chioma", "Fatima", "Sunita", "Grace", "Kamran", "Imran"),
    *("Rahul", "Obinna", "Omar", "Ramesh", "Peter", "Jamie", "Jordan", "Robin", "Nusrat"),
    *("Femi", "Nadia", "Bilal"),
)

# Names as a table might spell them: mostly letters, with the characters JSON escapes or
# that could open a false entry (a quote, a backslash, "u", a control character, a colon)
# and, in some tables, letters beyond ASCII (which json.dump may write as escapes).
_PLAIN_ALPHABET = list("abcsuAZ") * 3 + list('"\\: [,\x7f\x01')
_EXOTIC_ALPHABET = [*_PLAIN_ALPHABET, "\u00e9", "\u00df", "\U0001d400"]
_row_strategy = st.tuples(
    st.integers(min_value=0, max_value=25),
    st.integers(min_value=0, max_value=500),
    st.floats(min_value=0.0, max_value=1.0),
    st.one_of(st.integers(0, 3), st.lists(st.integers(0, 3), max_size=9)),
)


@st.composite
def _tables(draw: st.DrawFn) -> dict[str, tuple[int, int, float, int | list[int]]]:
    alphabet = _EXOTIC_ALPHABET if draw(st.booleans()) else _PLAIN_ALPHABET
    names = st.one_of(
        st.text(alphabet=st.sampled_from("abcsuAZ"), min_size=1, max_size=6),
        st.text(alphabet=st.sampled_from(alphabet), max_size=8),
    )
    return draw(st.dictionaries(names, _row_strategy, max_size=12))


@settings(max_examples=300, deadline=None)
@given(_tables(), st.booleans())
def test_any_table_spelled_plainly_is_read_as_json_would_read_it(
    table: dict[str, tuple[int, int, float, int | list[int]]], ascii_only: bool
) -> None:
    raw = json.dumps(table, ensure_ascii=ascii_only).encode("utf-8")
    as_json = first_names._kept(first_names._all_rows(raw))
    if first_names._spelled_plainly(raw):
        assert first_names._kept(first_names._candidate_rows(raw)) == as_json
    else:
        assert any(not name.isascii() for name in table)


def test_a_table_that_spells_a_letter_otherwise_is_not_plain() -> None:
    row = [5, 40, 1.0, 3]
    plain = {"saima": row, "k\x7frpa": row, "a\\u0061": row, 'x"abc': row}
    assert first_names._spelled_plainly(json.dumps(plain).encode())
    # "x\"abc" holds a quote no entry opens: "abc" is not read as a name of its own.
    assert first_names._kept(first_names._candidate_rows(json.dumps(plain).encode())) == (
        {"saima": "Fem"},
        frozenset(),
    )
    for spelled in ({"jos\u00e9": row}, {"\U0001d400": row}):
        assert not first_names._spelled_plainly(json.dumps(spelled).encode())
        assert not first_names._spelled_plainly(json.dumps(spelled, ensure_ascii=False).encode())
    # An escape of "a" written in the file by hand (json.dump writes the letter itself).
    assert not first_names._spelled_plainly(b'{"s\\u0061ima": [5, 40, 1.0, 3]}')
    assert first_names._spelled_plainly(b'{"s\\\\u0061ima": [5, 40, 1.0, 3]}')


def test_a_name_written_with_its_accents_is_the_one_the_table_spells_without() -> None:
    """The table writes its names in ASCII letters; reports from Europe, Africa and Latin
    America write them with their accents and their own letters."""
    for name, sex in (
        ("Dieudonné", "Masc"), ("Gábor", "Masc"), ("Zoltán", "Masc"), ("Rocío", "Fem"),
        ("Jeļena", "Fem"), ("Łukasz", "Masc"), ("Søren", "Masc"), ("Đorđe", "Masc"),
    ):  # fmt: skip
        assert is_first_name(name), name
        assert first_name_sex(name) == sex, name


def test_a_word_with_accents_that_is_no_name_stays_unknown() -> None:
    for word in ("Québec", "Bogotá", "Málaga", "Kraków", "Düsseldorf", "Señor", "Séance"):
        assert not is_first_name(word), word
        assert first_name_sex(word) is None, word


def test_a_table_that_keeps_accents_is_asked_the_name_as_written_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A table that holds an accented name as written answers for it as written (its own
    sex), not for the ASCII form it would be read as otherwise."""
    row_fem, row_masc = [5, 40, 1.0, 3], [5, 40, 0.0, 3]
    table = json.dumps({"andrea": row_fem, "andréa": row_masc}, ensure_ascii=False)
    kept = first_names._kept(first_names._all_rows(table.encode("utf-8")))
    monkeypatch.setattr(first_names, "_table", lambda: kept)
    assert first_name_sex("Andréa") == "Masc" and first_name_sex("Andrea") == "Fem"
