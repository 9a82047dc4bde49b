"""A document as read, and the character ranges every record points into it with.

Every record that points into a text carries character offsets: Python string
indices, end exclusive, so that ``document.text[start:end]`` is the quote.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Range", "Document"]


Range = tuple[int, int]


@dataclass(frozen=True)
class Document:
    """One text to extract from, with where it came from (for error messages)."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date, or None when the source gives none
    title: str | None = None
    path: str | None = None  # the file it was read from
    line: int | None = None  # its line in that file (JSONL), 1-based
