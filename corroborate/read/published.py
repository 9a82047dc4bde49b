"""A document's publication date, read from the few forms newsrooms write, or refused.

Every date filter (``corroborate ledger``, ``/api/ledger?since=``) compares ISO 8601 text, so
a date stored in any other form ("31/12/2020", "not-a-date") silently drops its events out
of every filter. On input a ``published`` value is therefore either turned into ISO 8601 or
refused with a message naming the file and line.

Accepted (the documented set):

- ISO 8601 dates and prefixes: ``2019``, ``2019-03``, ``2019-03-14``;
- ISO 8601 date-times, of which the date is kept: ``2019-03-14T09:30:00+05:00``;
- the date written out in English: ``14 March 2019``, ``14 Mar 2019``, ``March 14, 2019``,
  ``Mar 14 2019``, with or without a leading weekday (``Thursday, 14 March 2019``).

Numeric dates with slashes or dots (``03/04/2019``) are refused: whether the day or the month
comes first depends on the country, and a wrong guess would misdate a court ruling silently.
"""

from __future__ import annotations

import re
from datetime import date, datetime

__all__ = ["ACCEPTED", "check_iso_prefix", "normalize_published"]

ACCEPTED = "YYYY-MM-DD (or YYYY-MM, YYYY, an ISO date-time), or '14 March 2019'"
_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_WRITTEN = ("%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y")


def normalize_published(value: str) -> str:
    """``value`` as ISO 8601 text (a date or a prefix of one); ValueError saying what is
    accepted when it is none of the documented forms or not a real date."""
    text = " ".join(value.split())
    prefix = _PREFIX.match(text)
    if prefix:
        year, month, day = prefix.groups()
        _check(text, int(year), int(month or 1), int(day or 1))
        return text
    if re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d", text):
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            raise ValueError(_refusal(value)) from None
    written = _WEEKDAY.sub("", text).replace(",", " ")
    written = " ".join(written.split())
    for form in _WRITTEN:
        try:
            return datetime.strptime(written, form).date().isoformat()
        except ValueError:
            continue
    if re.match(r"^\d{1,4}[/.]\d{1,2}[/.]\d{1,4}$", text):
        raise ValueError(
            f"{_shown(value)} is ambiguous (day or month first?); write it as YYYY-MM-DD"
        )
    raise ValueError(_refusal(value))


def check_iso_prefix(value: str) -> str:
    """``value`` when it is a real date or a prefix of one (``2019``, ``2019-03``,
    ``2019-03-14``), as the date filters take; else ValueError saying so."""
    prefix = _PREFIX.match(value)
    if not prefix:
        raise ValueError(f"{_shown(value)} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = prefix.groups()
    _check(value, int(year), int(month or 1), int(day or 1))
    return value


def _check(text: str, year: int, month: int, day: int) -> None:
    try:
        date(year, month, day)
    except ValueError:
        raise ValueError(f"{_shown(text)} is not a real date (no such month or day)") from None


def _refusal(value: str) -> str:
    return f"{_shown(value)} is not a date; use {ACCEPTED}"


def _shown(value: str) -> str:
    # A message quotes at most a short piece of what it was given.
    return repr(value if len(value) <= 40 else value[:40] + "…")
