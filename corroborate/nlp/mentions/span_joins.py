"""Neighbouring entity spans made one: the loop the finder's repairs of NER's cuts share
("Md Meftahul" + "Islam Jeon", ``joined_fragments``; "X Saving" + "and" + "Credit Cooperative
Ltd", ``joined_bodies``). Each repair says only when two neighbours are one name and what
the joined span is typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["joined_neighbours"]


def joined_neighbours(
    spans: list[Span], one_name: Callable[[Span, Span], bool], label: str
) -> list[Span]:
    """``spans`` in text order, each span that ``one_name(previous, span)`` says continues
    the (already joined) span before it joined to it and typed ``label``."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        last = out[-1] if out else None
        if last is not None and one_name(last, span):
            joined = span.doc[last.start : span.end]
            joined.label_ = label
            out[-1] = joined
        else:
            out.append(span)
    return out
