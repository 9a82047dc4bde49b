"""A report's headline tells again what its body tells: "X confesses to ordering killings"
over "In a statement before a magistrate, X confessed to ordering the killings". The act is
one; the body's sentence is its telling, with its setting and its date. Decided here, at the
per-document stage where the text is: a claim of the headline that a claim of the body tells
again (same kind, act and outcome, its accused among the body claim's) gives way to it, and
an attribution read from the headline's act quotes the body's sentence (``nlp.facts``).

The headline is the text's first line when it is one sentence without final punctuation and
more text follows (a dateline is no headline). A headline that alone tells an act keeps it.
"""

from __future__ import annotations

from collections.abc import Sequence

from corroborate.nlp.datelines import datelines
from corroborate.records import Claim, Range

__all__ = ["headline", "told_again"]

_FINAL = (".", "!", "?", '"', "”", "’", "'")


def headline(text: str, spans: Sequence[Range]) -> Range | None:
    """The range of the text's headline (``spans``: ``sentences(text)``), or None."""
    if len(spans) < 2:
        return None
    start, end = spans[0]
    if "\n" not in text[end : spans[1][0]] or text[start:end].endswith(_FINAL):
        return None  # the first line goes on, or ends a sentence: no headline
    if any(d.start == start for d in datelines(text)):
        return None
    return start, end


def told_again(text: str, claims: Sequence[Claim], spans: Sequence[Range]) -> dict[Range, Claim]:
    """The claims of the headline that the body tells again, by their cue, each with the
    body's claim that tells it."""
    top = headline(text, spans)
    if top is None:
        return {}
    body = [c for c in claims if c.start >= top[1]]
    out: dict[Range, Claim] = {}
    for claim in claims:
        if claim.end > top[1]:
            continue
        accused = _accused(claim)
        if not accused:
            continue  # a crime told without its doer is no one's act to match
        for other in body:
            same = (other.kind, other.act, other.outcome) == (claim.kind, claim.act, claim.outcome)
            if same and accused <= _accused(other):
                out[claim.cue] = other
                break
    return out


def _accused(claim: Claim) -> set[str]:
    return {p.name for p in claim.participants if p.role == "accused"}
