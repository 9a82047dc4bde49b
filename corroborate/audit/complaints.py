"""Whether a reported statement complains of unequal treatment: read once, where the text is.

"The party called the raids 'discriminatory'", "we are being singled out": the content holds
a complaint (the lexicon's stems and phrases, ``vocab.COMPLAINT``) that no negation right
before it takes back ("carried out without any discrimination"). Ingest marks each
attribution with it (``records.Attribution.complaint``) and the store keeps the mark, so the
audit finds a group's contesting statements by reading the marked rows alone, never the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from corroborate.audit import vocab
from corroborate.records import Attribution, Range

__all__ = ["complains", "marked"]


def complains(text: str, content: Sequence[Range]) -> bool:
    """Whether the content ranges of ``text`` hold a complaint that is not negated."""
    for s, e in content:
        for match in vocab.COMPLAINT.finditer(text, s, e):
            if not vocab.NEGATION.search(text, s, match.start()):
                return True
    return False


def marked(text: str, attribution: Attribution) -> Attribution:
    """``attribution`` with its ``complaint`` mark read from ``text`` (its document's)."""
    return replace(attribution, complaint=complains(text, attribution.content))
