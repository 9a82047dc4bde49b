"""``sentences(text)``: sentence spans for quoting, without a parse.

A light splitter: events and complaints quote whole sentences (``quote_range``), read once
per document where the text is, and need the same spans whether or not it is parsed again.
"""

from __future__ import annotations

import re

__all__ = ["quote_range", "sentences"]

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'A-Z0-9])|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, whitespace trimmed: a light splitter for quoting, not for parsing."""
    out: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        out.append((start, match.start()))
        start = match.end()
    out.append((start, len(text)))
    return [_trim(text, s, e) for s, e in out if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def quote_range(
    text: str, ranges: list[tuple[int, int]], spans: list[tuple[int, int]] | None = None
) -> tuple[int, int]:
    """The whole sentences that hold ``ranges``: what a reader needs to check the claim.
    ``spans``: ``sentences(text)``, when the caller quotes many ranges of one text."""
    lo = min(s for s, _ in ranges)
    hi = max(e for _, e in ranges)
    spans = [(s, e) for s, e in (sentences(text) if spans is None else spans) if s < hi and lo < e]
    if spans:
        # a range may begin or end between sentences (a closing quote mark): keep all of it
        lo, hi = min(lo, spans[0][0]), max(hi, spans[-1][1])
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi
