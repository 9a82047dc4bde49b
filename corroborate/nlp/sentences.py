"""Where sentences begin and end: one segmentation for the parse and for quoting.

``sentence_starts(text)``: where a sentence must begin whatever the parser reads - the
first word of a line (a headline without final punctuation ends at its line; a paragraph
break ends a sentence), unless the line only wraps a sentence ("regularly\\nincites"), the
first word after a dateline ("KARACHI:", "NAIROBI, Kenya (AP) -": ``nlp.datelines``), and
a capital after final punctuation that ends a word in lower case ("in the case. The").
The parser is held to them (``segmentation``, before spaCy's parser), so that no sentence
of the parse widens over a headline, a dateline or a neighbouring paragraph.

``sentences(text)``: sentence spans for quoting, without a parse - those starts and a light
splitter at final punctuation. Events and complaints quote whole sentences
(``quote_range``), read once per document where the text is, and need the same spans
whether or not it is parsed again; claims and attributions quote by the same function, so
that one act told in one sentence is quoted once.
"""

from __future__ import annotations

import re

from corroborate.nlp import names
from corroborate.nlp.datelines import datelines
from corroborate.nlp.title_abbreviations import is_title_abbreviation

__all__ = ["quote_range", "sentence_starts", "sentences"]

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')]?\s+(?=[\"“‘'(A-Z0-9])")
# What a full stop ends without ending a sentence: an initialism ("U.S. Constitution"), an
# initial ("Justice M. Rahman"); a title's abbreviation is asked of the lexicon ("Dr.").
_INITIALS = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z]\.")
_LAST_WORD = re.compile(r"\S+$")
_LINE_START = re.compile(r"\n\s*(?=\S)")
# A sentence's end the parser may read past ("testified in the case. The accused denied"):
# final punctuation after a word in lower case - no abbreviation of a title or a name
# ("Mr.", "Corp.", "U.S."), no initial, no "a.m." - then a capital; or a word in capitals
# glued to it ("filed by the accused.On February 11").
_CLEAR_END = re.compile(r"\b[a-z]{3,}[.!?](?:[\"”’')]?\s+(?=[\"“‘']?[A-Z])|(?=[A-Z][a-z]))")


def sentence_starts(text: str) -> list[int]:
    """Offsets where a sentence must start: each line's first word (not where a line only
    wraps a sentence: it ends in a lower-case word or a comma and the next goes on in lower
    case, a quotation's opening mark aside: "and that,\n\n"when ..."), the first word after
    a dateline, and a capital after a lower-case word's final punctuation."""
    starts = {d.end for d in datelines(text)}
    starts |= {m.end() for m in _CLEAR_END.finditer(text)}
    for match in _LINE_START.finditer(text):
        start = match.end()
        last = match.start() - 1  # the line's last character that is no space
        while last >= 0 and text[last].isspace():
            last -= 1
        wrapped = last >= 0 and (text[last] == "," or "a" <= text[last] <= "z")
        if wrapped and text[start : start + 2].lstrip("\"“‘'")[:1].islower():
            continue
        starts.add(start)
    starts.discard(0)
    return sorted(starts)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, whitespace trimmed: a light splitter for quoting, not for parsing."""
    cuts = {0, len(text), *sentence_starts(text)}
    lines = [(d.start, d.end) for d in datelines(text)]
    cuts |= {
        m.end() for m in _SENTENCE_END.finditer(text)
        if not any(s < m.end() < e for s, e in lines)  # "DHAKA, Oct. 11 (Reuters) -"
        and not _abbreviation(text, m.start())
    }  # fmt: skip
    ordered = sorted(cuts)
    spans = [_trim(text, s, e) for s, e in zip(ordered, ordered[1:], strict=False)]
    return [(s, e) for s, e in spans if e > s]


def _abbreviation(text: str, end: int) -> bool:
    """Whether the word that ends at ``end`` with a full stop is an abbreviation."""
    word = _LAST_WORD.search(text, max(0, end - 20), end)
    if word is None or not word.group().endswith("."):
        return False
    written = word.group()
    bare = written[:-1]
    title = bare.istitle() and len(bare) <= 5 and bare.lower() in names.TITLES
    title = title or is_title_abbreviation(bare)
    return bool(_INITIALS.fullmatch(written)) or title


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def quote_range(
    text: str, ranges: list[tuple[int, int]], spans: list[tuple[int, int]] | None = None
) -> tuple[int, int]:
    """The whole sentences that hold ``ranges``: what a reader needs to check the claim.
    ``spans``: ``sentences(text)``, when the caller quotes many ranges of one text."""
    lo = min(s for s, _ in ranges)
    hi = max(e for _, e in ranges)
    spans = [(s, e) for s, e in (sentences(text) if spans is None else spans) if s < hi and lo < e]
    if spans:
        # a range may begin or end between sentences (a closing quote mark): keep all of it
        lo, hi = min(lo, spans[0][0]), max(hi, spans[-1][1])
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi
