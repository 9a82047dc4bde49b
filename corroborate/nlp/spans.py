"""Token indices to character ranges, and widening contents to whole quotations."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from corroborate.records import Range


def char_ranges(doc: Doc, ids: Iterable[int]) -> list[Range]:
    """Character ranges covering tokens; adjacent tokens make one range."""
    out: list[list[int]] = []
    previous = -2
    for i in sorted(set(ids)):
        token = doc[i]
        if out and i == previous + 1:
            out[-1][1] = token.idx + len(token.text)
        else:
            out.append([token.idx, token.idx + len(token.text)])
        previous = i
    return [(s, e) for s, e in out]


def phrase_range(head: Token) -> Range:
    """The characters of the phrase ``head`` heads: from its left edge to its right edge."""
    return head.left_edge.idx, head.right_edge.idx + len(head.right_edge)


def blanked(text: str, phrases: Iterable[Token]) -> str:
    """``text`` (the document's) with the characters of each phrase (``phrase_range``)
    blanked, the same length, so offsets hold: what a setting is read from once the words
    that are no setting of the act (another's audience, a court that speaks) are gone."""
    chars: list[str] | None = None
    for phrase in phrases:
        lo, hi = phrase_range(phrase)
        chars = chars if chars is not None else list(text)
        chars[lo:hi] = " " * (hi - lo)
    return text if chars is None else "".join(chars)


def root_of(doc: Doc, ids: Iterable[int]) -> Token | None:
    """The first of the tokens ``ids`` whose syntactic head lies outside them (a cue's verb,
    a content's root); None if there are none."""
    order = list(ids)
    inside = set(order)
    return next((doc[i] for i in order if doc[i].head.i not in inside or doc[i].head.i == i), None)


def token_ids(doc: Doc, ranges: Iterable[Range]) -> set[int]:
    """The non-space tokens that character ranges touch (the inverse of ``char_ranges``)."""
    out: set[int] = set()
    for start, end in ranges:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.update(t.i for t in span if not t.is_space)
    return out


def merge(ranges: Iterable[Range], text: str) -> list[Range]:
    """Sorted, non-overlapping ranges; ranges separated only by spaces are joined."""
    out: list[list[int]] = []
    for s, e in sorted(ranges):
        if out and (s <= out[-1][1] or not text[out[-1][1] : s].strip()):
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def overlaps(a: Iterable[Range], b: Iterable[Range]) -> bool:
    b = list(b)
    return any(s < e2 and e > s2 for s, e in a for s2, e2 in b)


def widen_to_quotations(
    content: list[Range], avoid: list[Range], quotations: list[Range], text: str
) -> list[Range]:
    """Grow a content to every quotation it overlaps, unless that would swallow ``avoid``.

    spaCy often ends a sentence inside a quotation, so the clause found in the
    parse holds only part of what was quoted.
    """
    grown = list(content)
    for q in quotations:
        if overlaps([q], content) and not overlaps([q], avoid):
            grown.append(q)
    return merge(grown, text)


def continued_quotation(
    content: list[Range], quotations: list[Range], taken: list[Range], text: str
) -> Range | None:
    """A quotation that carries on a quoted content after its cue.

    '"A," he said. "B."': the second quotation belongs to the same speaker
    when nothing else attributes it and only spaces (not a new paragraph that
    starts with other words) separate it from the first.
    """
    if not content:
        return None
    end = max(e for _, e in content)
    if not any(qe == end for _, qe in quotations):
        return None
    for qs, qe in quotations:
        if qs < end:
            continue
        between = text[end:qs]
        # Only the end of the attribution's sentence may stand between them.
        if len(between) > 80 or "\n\n" in between:
            return None
        if overlaps([(qs, qe)], taken):
            return None
        tail = between.split(".")[-1] if "." in between else between
        if tail.strip():
            return None
        return (qs, qe)
    return None
