"""The article's lede as the readers that look at it alone take it: its first sentence with a
verb. A dateline or a headline the parser cut off as a sentence of its own ("MULTAN:",
"Bail for warder") has none, and is no lede. ``DescribedLater._named_later`` reads forward
from it; ``Ledes._judicial_lede`` binds a Section 164 lede's confessor known by the charge
to the next sentence's subject only there.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["lede_sentence"]


def lede_sentence(doc: Doc) -> Span | None:
    """The first sentence of ``doc`` whose root is a verb; None where none is."""
    return next((s for s in doc.sents if s.root.pos_ in ("VERB", "AUX")), None)
