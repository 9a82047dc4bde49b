"""The people a sentence writes by name, once each, with the words of their mention: what
the readers that remember how a person was introduced (a rank before the name, a describing
noun, an age) walk over."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from spacy.tokens import Span

from corroborate.records import Mention

__all__ = ["persons_written"]


def persons_written(sent: Span, by_token: Mapping[int, Mention]) -> Iterator[tuple[Mention, Span]]:
    """Each person mention of ``sent`` (``by_token``: the document's mentions by token
    index), once, with its span in the document; a mention whose characters fall off the
    tokens is left out."""
    seen: set[int] = set()
    for token in sent:
        m = by_token.get(token.i)
        if m is None or m.type != "person" or m.start in seen:
            continue
        seen.add(m.start)
        span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span):
            yield m, span
