"""Search: whole words, ranked, with a snippet of where each document matched.

A query's words must each appear as a whole word ("Hammad" does not find "Mohammad"), in
any case. Documents rank by where the words were found (the title counts more than the text)
and how often; entities by whether a name is exactly the query, then by how short it is;
allegations by how many of their fields match. Each document comes with a snippet: the text
around the first match, cut at word boundaries, with the matched words marked for the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["Hit", "Query", "Snippet", "rank", "snippet"]

T = TypeVar("T")
SNIPPET_CHARS = 90  # either side of the first match


@dataclass(frozen=True)
class Snippet:
    """Text around a match as pieces: (text, matched?) in order, for the template to mark."""

    pieces: tuple[tuple[str, bool], ...]
    cut_before: bool
    cut_after: bool

    @property
    def text(self) -> str:
        return "".join(p for p, _ in self.pieces)


@dataclass(frozen=True)
class Hit(Generic[T]):
    item: T
    score: float
    snippet: Snippet | None = None


class Query:
    """The words of a query, each matched as a whole word, case-insensitively."""

    def __init__(self, text: str) -> None:
        self.words = list(dict.fromkeys(w.lower() for w in re.findall(r"\w+", text)))
        self._patterns = [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.I) for w in self.words]
        self._any = (
            re.compile("|".join(p.pattern for p in self._patterns), re.I) if self.words else None
        )

    def __bool__(self) -> bool:
        return bool(self.words)

    def matches(self, text: str) -> bool:
        """Whether every word appears in ``text`` as a whole word."""
        return bool(self.words) and all(p.search(text) for p in self._patterns)

    def count(self, text: str) -> int:
        return sum(len(p.findall(text)) for p in self._patterns)

    def first(self, text: str) -> re.Match[str] | None:
        return self._any.search(text) if self._any else None

    def finditer(self, text: str) -> Iterable[re.Match[str]]:
        return self._any.finditer(text) if self._any else ()


def rank(hits: Iterable[Hit[T]]) -> list[Hit[T]]:
    """Best first; ties keep the order they came in (the store's order)."""
    return sorted(hits, key=lambda h: -h.score)


def snippet(query: Query, text: str, width: int = SNIPPET_CHARS) -> Snippet | None:
    """The text around the first match of ``query`` in ``text``, or None when it has none."""
    found = query.first(text)
    if found is None:
        return None
    start = max(0, found.start() - width)
    end = min(len(text), found.end() + width)
    # Cut at whitespace, so that the snippet starts and ends on whole words.
    if start > 0:
        space = text.find(" ", start, found.start())
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", found.end(), end)
        end = space if space != -1 else end
    window = text[start:end]
    pieces: list[tuple[str, bool]] = []
    at = 0
    for m in query.finditer(window):
        if m.start() > at:
            pieces.append((window[at : m.start()], False))
        pieces.append((m.group(), True))
        at = m.end()
    if at < len(window):
        pieces.append((window[at:], False))
    # Line breaks and runs of spaces read as one space in a one-line snippet.
    pieces = [(re.sub(r"\s+", " ", p), hit) for p, hit in pieces]
    return Snippet(tuple(pieces), start > 0, end < len(text))
