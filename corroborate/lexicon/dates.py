"""The words of date expressions (``data/dates.json``), as one typed object.

``nlp.dates.resolve`` reads an expression the parse found ("on Thursday", "last year", "12
January 2020") with them, against the publication date.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from corroborate.lexicon import load_data

__all__ = ["DateWords", "date_words"]


@dataclass(frozen=True)
class DateWords:
    """``months`` and ``weekdays`` in calendar order (lower case), ``month_abbreviations``
    ("sept"); ``reporting_day`` ("today")
    and ``day_before`` ("yesterday"); ``day_parts`` ("night": "Sunday night" is Sunday);
    ``previous`` ("last year") and ``current`` ("this month"); ``ago`` after a count of
    ``units`` (their length in days); ``relative_to_another`` ("two weeks after the attack":
    a span from another event, which no calendar resolves); ``same_time``: the words that open
    a clause of the time of the one it modifies ("when the police produced X");
    ``another_time``: the adverbs that put a verb joined to another at a time of its own
    ("and later released him"); ``one``: the articles that count one unit ("a year ago")."""

    months: tuple[str, ...]
    month_abbreviations: tuple[str, ...]
    weekdays: tuple[str, ...]
    reporting_day: frozenset[str]
    day_before: frozenset[str]
    day_parts: frozenset[str]
    previous: frozenset[str]
    current: frozenset[str]
    ago: frozenset[str]
    units: dict[str, int]
    relative_to_another: frozenset[str]
    same_time: frozenset[str]
    another_time: frozenset[str]
    one: frozenset[str]

    def month(self, word: str) -> int | None:
        """The month (1-12) a word names, whole or by a prefix of three letters or more
        ("Sept", "Jan."); None if none."""
        word = word.lower().rstrip(".")
        if len(word) < 3:
            return None
        return next((i for i, m in enumerate(self.months, 1) if m.startswith(word)), None)

    def weekday(self, word: str) -> int | None:
        """The weekday (Monday 0) a word names, whole or by a prefix of three letters or more
        ("Thurs"); None if none."""
        word = word.lower().rstrip(".")
        if len(word) < 3:
            return None
        return next((i for i, d in enumerate(self.weekdays) if d.startswith(word)), None)

    def unit(self, word: str) -> str | None:
        """The unit a word names, singular or plural ("weeks" -> "week"); None if none."""
        word = word.lower()
        for unit in self.units:
            if word in (unit, unit + "s"):
                return unit
        return None


@cache
def date_words() -> DateWords:
    """The lists, read once per process."""
    data = load_data("dates")
    words = DateWords(
        months=tuple(data["months"]),
        month_abbreviations=tuple(data["month_abbreviations"]),
        weekdays=tuple(data["weekdays"]),
        reporting_day=frozenset(data["reporting_day"]),
        day_before=frozenset(data["day_before"]),
        day_parts=frozenset(data["day_parts"]),
        previous=frozenset(data["previous"]),
        current=frozenset(data["current"]),
        ago=frozenset(data["ago"]),
        units={str(k): int(v) for k, v in data["units"].items()},
        relative_to_another=frozenset(data["relative_to_another"]),
        same_time=frozenset(data["same_time"]),
        another_time=frozenset(data["another_time"]),
        one=frozenset(data["one"]),
    )
    if len(words.months) != 12 or len(words.weekdays) != 7:
        raise ValueError("dates.json: twelve months and seven weekdays, in calendar order")
    return words
