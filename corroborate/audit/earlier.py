"""A figure's value in an earlier period, told beside it: "1,340 weapons were recovered,
against 1,118 a year earlier", "registered 1,842 cases ..., compared with 1,506 cases in the
same period last year".

The earlier value is a figure of its own (a year's figure is one whatever year it is), of the
measure and group of the figure it is set against: the last one before it in the sentence
that counts the same kind of thing (any, when the earlier value has no noun). Both a word of
comparison before it and a time before now after it are needed: "arrested 40 against 12
warrants" compares nothing, and "murders fell to 61 from 88 a year earlier" sets no figure
against anything.
"""

from __future__ import annotations

import re

from corroborate.audit.counts import BARE, Count, CountedAs, bare_value, unit_class

__all__ = ["earlier_counts"]

# "..., against ", "compared with ", "up from ": right before the earlier value.
_COMPARED = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|as\s+against|up\s+from|down\s+from|from)\s+\Z",
    re.IGNORECASE,
)
# "a year earlier", "in the same period last year", "the previous year", "in 2025": a few
# words at most after the earlier value (its noun, "in the same period").
_EARLIER = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|"
    r"the\s+(?:previous|preceding)\s+year|the\s+year\s+before|in\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)


def earlier_counts(
    text: str, s: int, e: int, counts: list[Count], found: list[CountedAs]
) -> list[CountedAs]:
    """The earlier values of the figures ``found`` in the sentence ``text[s:e]``, each with
    the measure and group of the figure it is set against."""
    out: list[CountedAs] = []
    for m in BARE.finditer(text, s, e):
        if any(c.start <= m.start() < c.end for c, _, _ in found):
            continue
        if _COMPARED.search(text, s, m.start()) is None:
            continue
        count = next((c for c in counts if c.start == m.start()), None)
        kind = unit_class(count.unit) if count is not None else None
        if kind is None:
            count = None  # "320 last year": no noun, whatever the quantity reader took
        end = count.end if count is not None else m.end()
        if _EARLIER.match(text, end, e) is None:
            continue
        against = [
            f
            for f in found
            if f[0].end <= m.start() and (kind is None or unit_class(f[0].unit) == kind)
        ]
        if not against:
            continue
        figure, measure, group = against[-1]
        unit = count.unit if count is not None else figure.unit
        value = count.value if count is not None else bare_value(m)
        out.append((Count(m.start(), end, unit, value), measure, group))
    return out
