"""Direct quotations: where the quote marks open and close in a text.

spaCy's parse often cuts a multi-sentence quotation at the first full stop, so
contents are widened to the whole quotation with the ranges found here.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.records import Range

__all__ = ["find_quotations", "quotation_of", "said_after", "said_before", "said_next"]

_OPENERS = {"“": "”", "‘‘": "’’", "``": "''"}
_STRAIGHT = ('"', "''")


def find_quotations(text: str) -> list[Range]:
    """Character ranges of quotations, quote marks included.

    Curly quotes pair by direction; straight double quotes pair by alternation
    within a paragraph, since news text puts a closing mark before a new
    paragraph only when the quotation ends there.
    """
    ranges: list[Range] = []
    paragraph_start = 0
    for paragraph in text.split("\n"):
        ranges.extend(
            (paragraph_start + s, paragraph_start + e) for s, e in _paragraph_quotes(paragraph)
        )
        paragraph_start += len(paragraph) + 1
    return ranges


def _paragraph_quotes(text: str) -> list[Range]:
    found: list[Range] = []
    i = 0
    open_at: int | None = None
    closer = ""
    n = len(text)
    while i < n:
        two = text[i : i + 2]
        ch = text[i]
        if open_at is None:
            if two in _OPENERS:
                open_at, closer, i = i, _OPENERS[two], i + 2
                continue
            if ch in _OPENERS:
                open_at, closer = i, _OPENERS[ch]
            elif two == "''":
                open_at, closer, i = i, "''", i + 2
                continue
            elif ch == '"':
                open_at, closer = i, '"'
        else:
            if text.startswith(closer, i):
                found.append((open_at, i + len(closer)))
                i += len(closer)
                open_at = None
                continue
            if closer == '"' and ch == "”" or closer == "”" and ch == '"':
                # Mixed marks in one quotation (an editing slip) still close it.
                found.append((open_at, i + 1))
                open_at = None
        i += 1
    return found


def quotation_of(token: Token, quotations: list[Range]) -> Range | None:
    """The quotation (its character range) that holds ``token``; None outside quotes."""
    return next((r for r in quotations if r[0] <= token.idx < r[1]), None)


def said_before(verb: Token, quotations: list[Range]) -> list[Token]:
    """The roots of the sentences a quotation held before the one ``verb`` closes it in: in
    '"My client is innocent. A witness will say anything," he said' the first sentence has no
    reporting verb of its own and is said by the verb's speaker, as the last one is. Only a
    quotation that closes before the verb in the verb's own sentence (a verb inside a
    quotation reports someone the speaker quotes). ``quotations``: the document's
    (``find_quotations``), found once per document."""
    doc = verb.doc
    sentence = verb.sent
    for start, end in quotations:
        if not sentence.start_char < end <= verb.idx or start >= sentence.start_char:
            continue
        return [
            sent.root for sent in doc.sents
            if sent.end <= sentence.start and start <= sent.start_char and sent.end_char <= end
        ]  # fmt: skip
    return []


def said_after(verb: Token, quotations: list[Range]) -> list[Token]:
    """The roots of the sentences a quotation holds after the one ``verb`` opens it in:
    'X said, "I have lost a friend. I am paying for things I did not do."' - the later
    sentences have no reporting verb of their own and are said by the verb's speaker. Only a
    quotation that opens after the verb in the verb's own sentence and runs past its end
    (a verb inside a quotation reports someone the speaker quotes)."""
    doc = verb.doc
    sentence = verb.sent
    for start, end in quotations:
        if not verb.idx < start < sentence.end_char < end:
            continue
        return [
            sent.root for sent in doc.sents
            if sent.start >= sentence.end and sent.start_char < end and sent.end_char <= end + 1
        ]  # fmt: skip
    return []


def said_next(verb: Token, quotations: list[Range]) -> list[Token]:
    """The roots of a quotation's sentences that follow, in the same paragraph, the one in
    which ``verb`` closes a quotation of the same speaker: in '"He was unwell," the lawyer
    said. "He never opened a parcel."' the second quotation has no reporting verb of its own
    and goes on in the voice of the first. Only where the verb comes after a quotation it
    closes in its own sentence, the next quotation opens right after that sentence (no
    other words, no new paragraph) and ends its own sentence (one with its own "she said"
    is that verb's)."""
    doc = verb.doc
    sentence = verb.sent
    if not any(sentence.start_char <= s and e <= verb.idx for s, e in quotations):
        return []
    text = doc.text
    for start, end in quotations:
        if start < sentence.end_char:
            continue
        if text[sentence.end_char : start].strip(" ") or "\n" in text[verb.idx : start]:
            return []  # words between, or a new paragraph (which may be another's)
        inside = [sent for sent in doc.sents if sent.start_char >= start and sent.start < len(doc)
                  and sent.start_char < end]  # fmt: skip
        if not inside or inside[-1].end_char > end + 1:
            return []
        return [sent.root for sent in inside]
    return []
