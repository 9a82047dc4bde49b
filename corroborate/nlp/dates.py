"""When an event happened: the date the text gives, resolved against the publication date.

Only references to the reporting day itself are resolved ("on Thursday", "yesterday",
"today"): a weekday means the latest such day on or before publication (news reports the
past). Calendar dates in a sentence ("on March 11, 2015") are usually the date of the
alleged act, not of the event reported, so they are left alone; without a resolvable
reference the event takes the publication date, or None when that is unknown.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(?:on|last|this)\s+(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(yesterday|today)\b", re.IGNORECASE)


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def event_date(sentence: str, published: str | None) -> str | None:
    """The ISO date of an event told in ``sentence`` of a text published on ``published``."""
    pub = parse_date(published)
    if pub is None:
        return None
    match = _WEEKDAY.search(sentence)
    if match:
        wanted = WEEKDAYS.index(match.group(1).lower())
        back = (pub.weekday() - wanted) % 7
        return (pub - timedelta(days=back)).isoformat()
    match = _RELATIVE.search(sentence)
    if match and match.group(1).lower() == "yesterday":
        return (pub - timedelta(days=1)).isoformat()
    return pub.isoformat()
