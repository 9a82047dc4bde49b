"""A short name written with the title a full name was written with stands for that full
name: "Haji Mushtaq" after "transporter Haji Mushtaq Ahmad Bhatti, ... his sons Adnan
Mushtaq and Rizwan Mushtaq" is the father. The word alone fits all three (his given name,
their surname), and the last one named would take it; the title is the reporter's way of
saying which - a title goes with the one person it was given to, as "Haji Sahib" does.

Narrows only where exactly one of the full names that fit was ever written right after
that title: where none or several were, the title tells nothing and the other readings
decide (``mentions.full_names``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from spacy.tokens import Doc

from corroborate.nlp import names

__all__ = ["titled_alike", "titled_as", "written_after_title"]

_T = TypeVar("_T")


def titled_alike(
    doc: Doc, at: int, fits: list[_T], written: Sequence[_T], place: Callable[[_T], tuple[int, str]]
) -> list[_T]:
    """``fits`` narrowed to the one full name ever written (``written``: every full-name
    mention of the document; ``place`` gives one's start and name) after the title the
    one-word name at character ``at`` is written after; ``fits`` unchanged otherwise."""
    title = _title_before(doc, at)
    if title is None or len({place(f)[1] for f in fits}) < 2:
        return fits
    titled = written_after_title(doc, title, {place(f)[1] for f in fits}, written, place)
    if len(titled) != 1:
        return fits
    return [f for f in fits if place(f)[1] in titled]


def titled_as(
    doc: Doc, at: int, name: str, written: Sequence[_T], place: Callable[[_T], tuple[int, str]]
) -> bool:
    """Whether the name written at character ``at`` follows a title that the full name
    ``name`` was itself written after: the title, not a missed surname, is why a one-word
    name reads as ``name`` ("Haji Mushtaq" for "Haji Mushtaq Ahmad Bhatti")."""
    title = _title_before(doc, at)
    return title is not None and bool(written_after_title(doc, title, {name}, written, place))


def written_after_title(
    doc: Doc,
    title: str,
    among: set[str],
    written: Sequence[_T],
    place: Callable[[_T], tuple[int, str]],
) -> set[str]:
    """The names of ``among`` that some full-name mention of ``written`` gives right after
    ``title`` (lower case, no full stop): "transporter Haji Mushtaq Ahmad Bhatti"."""
    return {place(w)[1] for w in written
            if place(w)[1] in among and _title_before(doc, place(w)[0]) == title}  # fmt: skip


def _title_before(doc: Doc, at: int) -> str | None:
    """The title word written right before the name starting at character ``at``."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].i == 0:
        return None
    before = doc[span[0].i - 1]
    word = before.lower_.strip(".")
    return word if before.text[:1].isupper() and word in names.TITLES else None
