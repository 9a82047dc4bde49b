"""Signed quotations: a quotation followed by a dash and the name of who said it.

Pull quotes, readers' letters and social posts are attributed by a signature rather than a
verb: ``"He represents our greatest shame." ― Sonya Herridge``. The parse has nothing to hang
such an attribution from (the dash is often fused with the closing quote mark into one
token), so this rule reads the characters: a quotation, then on the same line a dash, then a
name that ends the line or the sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from corroborate.nlp.roles import Frame, Placed
from corroborate.nlp.spans import overlaps, token_ids
from corroborate.records import Range

DASHES = "―—–"
_SIGNATURE = re.compile(
    rf"[ \u00a0]*(?P<dash>[{DASHES}]{{1,2}})[ \u00a0]*"
    r"(?P<name>[A-Z][\w.'’\-]*(?:[ \u00a0][A-Z][\w.'’\-]*){0,4})"
)
# What may follow a signature: the end of the line, of the text, or "(@handle", ", date".
_AFTER = re.compile(r"[ \u00a0]*(?:$|\n|[.,(])")
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def signed_quotations(doc: Doc, quotations: list[Range]) -> list[Placed]:
    """An attribution for each quotation signed with a dash and a name."""
    text = doc.text
    out: list[Placed] = []
    for start, end in quotations:
        match = _SIGNATURE.match(text, end)
        if match is None or _AFTER.match(text, match.end()) is None:
            continue
        name_start, name_end = match.span("name")
        name_end = name_start + len(match.group("name").rstrip("."))
        source = sorted(token_ids(doc, [(name_start, name_end)]))
        if not any(doc[i].pos_ == "PROPN" or doc[i].ent_type_ in _NAMED for i in source):
            continue
        cue_range = match.span("dash")
        cue = sorted(token_ids(doc, [cue_range]))
        content = [i for i in sorted(token_ids(doc, [(start, end)])) if i not in cue]
        frame = Frame(cue=cue, source=source, content=[content])
        out.append(Placed(frame, [cue_range], [(name_start, name_end)], [(start, end)]))
    return out


def add_signed(doc: Doc, placed: list[Placed], quotations: list[Range]) -> list[Placed]:
    """``placed`` with the signed quotations added, each replacing attributions of its quote."""
    signed = signed_quotations(doc, quotations)
    kept = [p for p in placed if not any(overlaps(s.content, p.content) for s in signed)]
    return kept + signed
