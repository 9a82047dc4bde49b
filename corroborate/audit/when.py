"""When a figure was given, and the period it covers.

The date is the day of the statement: a weekday in the sentence ("told a briefing on
Friday"), else the first one the document gives (the reported briefing), resolved against
the publication date as the ledger does; else the publication date. The period is what the
text says the count covers ("since September 4, 2013", "between 2018 and 2023"), kept as
written, with its start as an ISO date, month or year when the text gives one.
"""

from __future__ import annotations

import re
from datetime import timedelta

from corroborate.audit import vocab
from corroborate.lexicon.dates import date_words
from corroborate.nlp.dates import WEEKDAYS, calendar_date, parse_date

__all__ = ["MONTHS", "MONTH_ABBREVIATIONS", "period", "statement_day"]

_WEEKDAY = re.compile(r"\b(?:on|last|this)\s+(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
MONTHS = list(date_words().months)
MONTH_ABBREVIATIONS = list(date_words().month_abbreviations)
_MONTH = r"(?:" + "|".join(m.capitalize() for m in MONTHS) + r")"
_DATE = rf"(?:{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d{{2}}|{_MONTH}\s+\d{{1,2}}"
_PERIOD = re.compile(
    rf"\b(?:since|from|starting)\s+(?:the\s+)?(?:(?P<since>{_DATE})|"
    rf"(?P<event>(?:{vocab.RAID_NOUN}|start|beginning|launch)\b[^,.;]{{0,30}}?)(?=[,.;]|\Z))"
    rf"|\bbetween\s+(?P<low>{_DATE})\s+and\s+(?P<high>{_DATE})"
    rf"|\b(?:in|during)\s+(?P<year>(?:19|20)\d{{2}})\b"
    rf"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:year|months?|weeks?)\b",
)


def statement_day(sentence: str, published: str | None) -> str | None:
    """The ISO day a weekday in ``sentence`` names (latest on or before publication)."""
    pub = parse_date(published)
    match = _WEEKDAY.search(sentence)
    if pub is None or match is None:
        return None
    back = (pub.weekday() - WEEKDAYS.index(match.group(1).lower())) % 7
    return (pub - timedelta(days=back)).isoformat()


def period(sentence: str) -> tuple[str | None, str | None]:
    """(the period as written, its start as ISO text) or (None, None)."""
    match = _PERIOD.search(sentence)
    if match is None:
        return None, None
    written = match.group().strip()
    start = match.group("since") or match.group("low") or match.group("year")
    return written, calendar_date(start) if start else None
