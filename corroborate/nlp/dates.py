"""When an event happened: a date expression resolved against the publication date.

``resolve`` reads the words of one expression the parse found governed by a cue
(``nlp.event_dates``: "on Thursday", "in March", "12 January 2020", "two years ago") into an
ISO date, partial where the words name a month or a year only ("2022-03", "2019"): news
reports the past, so a weekday, a day of a month or a month without its year is the latest
one on or before publication. A span from another event ("two weeks after the attack") or a
week resolves to nothing. ``parse_date`` reads a stored date, whole or partial.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from corroborate.lexicon.dates import date_words
from corroborate.lexicon.numbers import number_words

__all__ = ["WEEKDAYS", "calendar_date", "event_date", "names_a_date", "parse_date", "resolve"]

_WORDS = date_words()
WEEKDAYS = _WORDS.weekdays
_NUMBERS = number_words().values
_TOKEN = re.compile(r"\d{4}-\d{2}-\d{2}|\d+(?:st|nd|rd|th)?|[A-Za-z]+")
_YEAR = re.compile(r"(?:1[89]|20)\d{2}")
_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
_ANY_DAY = "2000-01-01"


def parse_date(value: str | None) -> date | None:
    """A stored ISO date as a day: a partial one ("2019", "2019-03") as its first day."""
    if not value:
        return None
    value = value[:10]
    for form in (value, value + "-01", value + "-01-01"):
        try:
            return date.fromisoformat(form)
        except ValueError:
            continue
    return None


def event_date(expression: str | None, published: str | None) -> str | None:
    """The date of an event dated by ``expression`` (None: no words date it) in a text
    published on ``published``: the expression's, else the publication day. None in a text
    with no publication date, even where the words name a year: the ledger orders events by
    date, and the report's other events have none (the expression keeps what it names)."""
    pub = parse_date(published)
    if pub is None:
        return None
    return (resolve(expression, published) if expression else None) or pub.isoformat()


def names_a_date(expression: str) -> bool:
    """Whether ``expression`` names a date a calendar gives, for some publication day (not:
    "two weeks after the attack", "18 years", "the 17-year-old")."""
    return resolve(expression, _ANY_DAY) is not None


def resolve(expression: str, published: str | None) -> str | None:
    """The ISO date, possibly partial, that ``expression`` names in a text published on
    ``published``; None when it names none a calendar gives."""
    pub = parse_date(published)
    words = _words(expression)
    if not words or any(w in _WORDS.relative_to_another for w in words):
        return None
    iso = next((w for w in words if len(w) == 10 and w[4] == "-"), None)
    if iso is not None:
        return iso if parse_date(iso) else None
    calendar = _calendar(words, pub)
    if calendar is not None or pub is None:
        return calendar
    return _relative(words, pub)


def calendar_date(expression: str) -> str | None:
    """The ISO date, month or year a date written with its year names ("September 4, 2013"
    -> "2013-09-04", "September 2018" -> "2018-09", "2015" -> "2015"); None without a year,
    as no publication day supplies one (the audit's periods: "since September 4, 2013")."""
    return _calendar(_words(expression), None)


def _words(expression: str) -> list[str]:
    return [w.lower() for w in _TOKEN.findall(expression)]


def _calendar(words: list[str], pub: date | None) -> str | None:
    """A date written with a month or a year: "12 January 2020", "March 3", "2019"."""
    year = next((int(w) for w in words if _YEAR.fullmatch(w)), None)
    month = next((m for w in words if w.isalpha() and (m := _WORDS.month(w))), None)
    if year is None and month is None:
        return None
    days = [int(found.group(1)) for w in words if (found := _DAY.fullmatch(w))]
    day = next((d for d in days if 1 <= d <= 31), None) if month else None
    if year is None:
        if pub is None:
            return None
        year = pub.year
        if (month, day or 1) > (pub.month, pub.day):  # the latest one before publication
            year -= 1
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"


def _relative(words: list[str], pub: date) -> str | None:
    """A date told from the report's day: "yesterday", "on Thursday", "last year", "two
    years ago", "this morning"."""
    if any(w in _WORDS.day_before for w in words):
        return (pub - timedelta(days=1)).isoformat()
    previous = any(w in _WORDS.previous for w in words)
    weekday = next((d for w in words if (d := _WORDS.weekday(w)) is not None), None)
    if weekday is not None:
        back = (pub.weekday() - weekday) % 7 or (7 if previous else 0)
        return (pub - timedelta(days=back)).isoformat()
    if any(w in _WORDS.reporting_day for w in words):
        return pub.isoformat()
    units = [u for w in words if (u := _WORDS.unit(w))]
    parts = any(w in _WORDS.day_parts for w in words)
    if any(w in _WORDS.ago for w in words) and units:
        count = next((n for w in words if (n := _count(w)) is not None), None)
        return None if count is None else _back(pub, units[0], count)
    if previous and parts and not units:
        return (pub - timedelta(days=1)).isoformat()  # "last night"
    if any(w in _WORDS.current for w in words):
        if parts and not units:
            return pub.isoformat()  # "this morning"
        if units and units[0] in ("month", "year"):
            return _back(pub, units[0], 0)
    if previous and units and units[0] in ("day", "month", "year"):
        return _back(pub, units[0], 1)
    return None


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word in _WORDS.one:  # "a year ago"
        return 1
    return _NUMBERS.get(word)


def _back(pub: date, unit: str, count: int) -> str:
    """``count`` units before ``pub``: a day (days, weeks), a month or a year (partial)."""
    if unit == "year":
        return f"{pub.year - count:04d}"
    if unit == "month":
        months = pub.year * 12 + pub.month - 1 - count
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return (pub - timedelta(days=_WORDS.units[unit] * count)).isoformat()
