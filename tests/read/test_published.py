"""Publication dates on input: the documented forms become ISO 8601; anything else is a
FILE:LINE error, so that no event silently drops out of the date filters."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corroborate.errors import InputError
from corroborate.read.jsonl import read_jsonl
from corroborate.read.published import check_iso_prefix, normalize_published


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2019-03-14", "2019-03-14"),
        ("2019-03", "2019-03"),
        ("2019", "2019"),
        ("2019-03-14T09:30:00+05:00", "2019-03-14"),
        ("2019-03-14T23:59:59Z", "2019-03-14"),
        ("14 March 2019", "2019-03-14"),
        ("14 Mar 2019", "2019-03-14"),
        ("March 14, 2019", "2019-03-14"),
        ("Thursday, 14 March 2019", "2019-03-14"),
        ("  2019-03-14 ", "2019-03-14"),
    ],
)
def test_documented_forms_become_iso(written: str, iso: str) -> None:
    assert normalize_published(written) == iso


@pytest.mark.parametrize(
    ("written", "says"),
    [
        ("not-a-date", "not a date"),
        ("31/12/2020", "ambiguous"),
        ("03/04/2019", "ambiguous"),
        ("2020-13-45", "not a real date"),
        ("2015-02-30", "not a real date"),
        ("30 February 2015", "not a date"),
    ],
)
def test_other_forms_are_refused(written: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        normalize_published(written)


def test_a_refusal_does_not_echo_a_long_value() -> None:
    with pytest.raises(ValueError) as err:
        normalize_published("x" * 5000)
    assert len(str(err.value)) < 200


@given(st.dates())
def test_every_real_date_reads_back(day: object) -> None:
    text = day.isoformat()  # type: ignore[attr-defined]
    assert normalize_published(text) == text
    assert check_iso_prefix(text) == text


def test_jsonl_names_file_and_line_of_a_bad_date() -> None:
    lines = [
        json.dumps({"id": "a", "text": "Fine.", "published": "14 March 2019"}).encode(),
        json.dumps({"id": "b", "text": "Bad.", "published": "31/12/2020"}).encode(),
    ]
    documents = read_jsonl(lines, "case.jsonl")
    assert next(documents).published == "2019-03-14"
    with pytest.raises(InputError) as err:
        next(documents)
    assert str(err.value).startswith("case.jsonl:2: \"published\": '31/12/2020' is ambiguous")


def test_an_empty_date_is_no_date() -> None:
    line = json.dumps({"id": "a", "text": "Fine.", "published": " "}).encode()
    assert next(read_jsonl([line], "case.jsonl")).published is None
