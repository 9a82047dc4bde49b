"""find_quantities: a golden table from news phrasing, then properties on any text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from corroborate.nlp.quantities import NORMALISED_UNITS, find_quantities
from corroborate.records import Quantity

Number = float | tuple[float, float]

# (text, [(value or (low, high), unit, qualifier, quoted span)]) for every count in the text.
GOLDEN: list[tuple[str, list[tuple[Number, str, str | None, str]]]] = [
    (
        "There were 120 incidents of target killing in 2012.",
        [(120, "incidents of target killing", None, "120 incidents of target killing")],
    ),
    (
        "He named 250-300 target killers.",
        [((250, 300), "target killers", None, "250-300 target killers")],
    ),
    (
        "He named 250–300 target killers.",
        [((250, 300), "target killers", None, "250–300 target killers")],
    ),
    (
        "He named 250 to 300 target killers.",
        [((250, 300), "target killers", None, "250 to 300 target killers")],
    ),
    (
        "He named between 250 and 300 target killers.",
        [((250, 300), "target killers", None, "between 250 and 300 target killers")],
    ),
    (
        "Police held 23 members of the MQM on Friday.",
        [(23, "members of the MQM", None, "23 members of the MQM")],
    ),
    (
        "The Rangers conducted 372 raids, arrested 560 of its workers, recovering 241 weapons.",
        [
            (372, "raids", None, "372 raids"),
            (560, "workers", None, "560 of its workers"),
            (241, "weapons", None, "241 weapons"),
        ],
    ),
    ("A total of 2,506 suspects were held.", [(2506, "suspects", None, "2,506 suspects")]),
    ("three workers were killed", [(3, "workers", None, "three workers")]),
    ("two dozen suspects were held", [(24, "suspects", None, "two dozen suspects")]),
    ("Thirteen policemen died.", [(13, "policemen", None, "Thirteen policemen")]),
    ("two hundred and fifty workers", [(250, "workers", None, "two hundred and fifty workers")]),
    (
        "half a dozen men and a dozen raids",
        [(6, "men", None, "half a dozen men"), (12, "raids", None, "a dozen raids")],
    ),
    ("over 70 workers", [(70, "workers", "over", "over 70 workers")]),
    ("More than 70 workers", [(70, "workers", "more than", "More than 70 workers")]),
    ("at least 17 people died", [(17, "people", "at least", "at least 17 people")]),
    ("nearly 40 cases", [(40, "cases", "nearly", "nearly 40 cases")]),
    ("about 300 activists", [(300, "activists", "about", "about 300 activists")]),
    ("around 12 hours", [(12, "hours", "around", "around 12 hours")]),
    ("some 400 suspects", [(400, "suspects", "some", "some 400 suspects")]),
    ("He was involved in 198 killings.", [(198, "killings", None, "198 killings")]),
    ("He was sentenced to 12 years in prison.", [(12, "years", None, "12 years")]),
    ("one of the accused fled", []),
    (
        "Two dozen members of the banned Harbour Liberation Army (HLA) were held.",
        [
            (
                24,
                "members of the banned Harbour Liberation Army",
                None,
                "Two dozen members of the banned Harbour Liberation Army",
            )
        ],
    ),
    (
        "helped at least 12 other suspects flee",
        [(12, "suspects", "at least", "at least 12 other suspects")],
    ),
    ("extortion of Rs 5 million a month", [(5_000_000, "rupees", None, "Rs 5 million")]),
    ("Rs5m and $2bn", [(5_000_000, "rupees", None, "Rs5m"), (2e9, "dollars", None, "$2bn")]),
    ("a fine of PKR 20,000", [(20_000, "rupees", None, "PKR 20,000")]),
    (
        "40 per cent of cases and 12% of raids",
        [(40, "percent", None, "40 per cent"), (12, "percent", None, "12%")],
    ),
    (
        "between 2 and 3 million rupees",
        [((2e6, 3e6), "rupees", None, "between 2 and 3 million rupees")],
    ),
    ("over 2000 workers", [(2000, "workers", "over", "over 2000 workers")]),
    ("120 incidents reported", [(120, "incidents", None, "120 incidents")]),
    ("cut from 10 to 5 workers", [(5, "workers", None, "5 workers")]),
    ("rose from 250 to 300 workers", [(300, "workers", None, "300 workers")]),
    ("two to three million rupees", [((2e6, 3e6), "rupees", None, "two to three million rupees")]),
    # Not counts: ordinals, years, dates, times, labels, bare numbers, compounds.
    ("It was the 19th case in 2015.", []),
    ("the operation of 2012", []),
    ("the 2013 operation", []),
    ("On March 11 and 11 March the 120 were freed.", []),
    ("at 10:30 and at 5 pm and 7 a.m.", []),
    ("under Section 302 of the Pakistan Penal Code", []),
    ("FIR No 19 of 2014", []),
    ("the 2012-13 budget", []),
    ("a 12-member team", []),
    ("no one was hurt", []),
    ("11 of them were freed", []),
]


def summary(text: str, q: Quantity) -> tuple[Number, str, str | None, str]:
    number: Number = q.value if q.value is not None else (q.low or 0.0, q.high or 0.0)
    return number, q.unit, q.qualifier, text[q.start : q.end]


@pytest.mark.parametrize(("text", "expected"), GOLDEN, ids=[t for t, _ in GOLDEN])
def test_golden(text: str, expected: list[tuple[Number, str, str | None, str]]) -> None:
    assert [summary(text, q) for q in find_quantities(text)] == expected


def test_window_and_offsets() -> None:
    text = "Earlier 5 raids. Later 7 arrests and 9 weapons."
    found = find_quantities(text, start=text.index("Later"), end=text.index(" and 9"))
    assert [(q.value, text[q.start : q.end]) for q in found] == [(7, "7 arrests")]


def test_to_json() -> None:
    [q] = find_quantities("about 250-300 target killers")
    assert q.to_json() == {
        "low": 250,
        "high": 300,
        "unit": "target killers",
        "qualifier": "about",
        "start": 0,
        "end": 28,
    }


_NUMBER_START = re.compile(
    r"[0-9]|between\b|Rs|PKR|US\$|[$£€]|half\b|an?\b|zero|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
    r"billion|lakh|crore|dozen",
    re.IGNORECASE,
)


def check(text: str, start: int, end: int | None, found: list[Quantity]) -> None:
    stop = len(text) if end is None else min(end, len(text))
    previous_end = max(start, 0)
    for q in found:
        assert previous_end <= q.start < q.end <= stop  # in the window, in order, no overlap
        previous_end = q.end
        span = text[q.start : q.end]
        flat = " ".join(span.split())
        head = flat
        if q.qualifier:
            assert flat.lower().startswith(q.qualifier + " ")
            head = flat[len(q.qualifier) + 1 :]
        assert _NUMBER_START.match(head), span
        assert q.unit and (q.unit in flat or q.unit in NORMALISED_UNITS), (q.unit, span)
        if q.value is None:
            assert q.low is not None and q.high is not None and q.low <= q.high
        else:
            assert q.low is None and q.high is None


@given(st.text(), st.integers(-5, 50), st.none() | st.integers(-5, 300))
def test_never_raises_on_any_text(text: str, start: int, end: int | None) -> None:
    check(text, start, end, find_quantities(text, start, end))


# Words and numbers that the heuristics react to, joined at random into news-like text.
_PIECES = (
    "120|2,506|250-300|250–300|250 to 300|between|and|of|its|the|over|more than|at least|some|"
    "Rs|Rs5m|$|5|million|per cent|%|two|dozen|thirteen|half a|incidents|target|killing|members|"
    "MQM|workers|were|arrested|in|2012|March|11|19th|10:30|pm|,|.|\n\n|-|Section|one|no|raids|"
    "weapons|of the|Mr Rahimov"
).split("|")


@settings(max_examples=300)
# Found by this test once: the second count's qualifier overlapped the first count's unit.
@example("120 Rs more than 120 half a", 0, None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=25).map(" ".join),
    st.integers(0, 40),
    st.none() | st.integers(0, 200),
)
def test_properties_on_news_like_text(text: str, start: int, end: int | None) -> None:
    check(text, start, end, find_quantities(text, start, end))


def test_bundled_case_file_briefing() -> None:
    # The README's example: the enforcement figures by party in the Guard's briefing.
    path = Path(__file__).parents[2] / "examples" / "case-file.jsonl"
    rows = {row["id"]: row for row in map(json.loads, path.read_text("utf-8").splitlines())}
    text = rows["pm-004"]["text"]
    found = {(q.value, q.unit) for q in find_quantities(text)}
    assert {(212, "raids"), (340, "workers"), (150, "weapons"), (2506, "suspects")} <= found


def test_a_number_word_in_mixed_case_is_a_name() -> None:
    # an acronym spelled like a number word ("Tehreek-e-Nijaat (TeN)") counts nothing, and
    # starts the unit of the count before it ("five TeN militants" is five, not fifteen)
    text = "Five TeN militants and NINE suspects were held; Ten others were freed."
    found = [(q.value, q.unit) for q in find_quantities(text)]
    assert found == [(5.0, "TeN militants"), (9.0, "suspects"), (10.0, "others")]


def test_a_capitalised_number_word_after_a_month_opens_a_sentence() -> None:
    text = "Police arrested 12 men in January. Seven suspects were killed."
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(12.0, "men"), (7.0, "suspects")]
    # ... while "Jan. 5" is a date
    assert find_quantities("The raid on Jan. 5 officers joined.") == []
