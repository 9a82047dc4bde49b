"""``sentences(text)``: sentence spans for quoting, without a parse.

A light splitter: the ledger and the audit quote whole sentences from stored text, and need
the same spans whether or not the document is parsed again.
"""

from __future__ import annotations

import re

__all__ = ["sentences"]

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
