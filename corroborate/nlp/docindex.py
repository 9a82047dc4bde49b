"""Per-document lookups that spaCy computes anew on every call.

``token.sent`` and ``span.ents`` walk the document each time they are read;
in a loop over a document's attributions that is quadratic. This index reads
sentences and entities once and answers by binary search.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


class DocIndex:
    """Sentences and entities of one document, found by token position."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.sentences: list[Span] = list(doc.sents)
        self._sentence_starts = [s.start for s in self.sentences]
        self.ents: list[Span] = list(doc.ents)
        self._ent_starts = [e.start for e in self.ents]

    def sentence(self, i: int) -> Span:
        """The sentence holding token ``i``."""
        return self.sentences[bisect_right(self._sentence_starts, i) - 1]

    def sentences_before(self, i: int) -> list[Span]:
        """Sentences that start before token ``i``, in text order."""
        return self.sentences[: bisect_left(self._sentence_starts, i)]

    def ents_within(self, start: int, end: int) -> list[Span]:
        """Entities wholly inside tokens ``[start, end)``."""
        lo = bisect_left(self._ent_starts, start)
        out = []
        for ent in self.ents[lo:]:
            if ent.start >= end:
                break
            if ent.end <= end:
                out.append(ent)
        return out
