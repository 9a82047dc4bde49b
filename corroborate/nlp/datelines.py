"""Datelines: where a report was filed from, opening a line before its first sentence.

"KARACHI: In a statement ...", "ISLAMABAD, Jan 5: ...", "NAIROBI, Kenya (AP) - ...",
"New Delhi, Oct 11 (Reuters) - ...", "(Karachi) The court ...". A dateline is no part of
the sentence after it (no subject, no party, no source): the segmentation starts a sentence
after it (``nlp.sentences``) and the mentions type the place in it a place
(``mentions.entity_types``). One place decides what a dateline is: ``datelines(text)``.

The shape, not a list of places, tells it: a place in capitals, or a place in title case
that a date or an agency follows (a title-case name and a colon alone is as often a
headline's speaker: "Sanders: ..."), then optional parts (", Kenya", ", Jan 5", "(AP)"),
then a colon or a dash and the sentence; or a place in brackets alone before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Dateline", "datelines"]

# The capitals and small letters of a place's name, accented ones of the Latin alphabet
# too ("HAGÅTÑA", "MALÉ", "Bogotá"): an accent is no end of the word.
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
# A place in capitals: a word of three or more capitals, up to three words ("NEW DELHI",
# "DERA ISMAIL KHAN").
_CAPS = rf"[{_UP}][{_UP}'\-]{{2,}}(?:\.?[ ][{_UP}][{_UP}'\-]+){{0,2}}"
# A place in title case: up to three words ("New Delhi").
_TITLE = rf"[{_UP}][{_LOW}'\-]+(?:[ ][{_UP}][{_LOW}'\-]+){{0,2}}"
# A day: a capitalised month word and a number ("Jan 5", "Oct. 11, 2019", "March 3"), or
# the number first, as British and West African papers write it ("11 March", "2 Feb 2025").
_DATE = r"(?:[A-Z][a-z]{2,8}\.?[ ]\d{1,2}(?:,[ ]\d{4})?|\d{1,2}[ ][A-Z][a-z]{2,8}\.?(?:[ ]\d{4})?)"
# A region or country after the place (", Kenya", ", Indian Kashmir"), a state abbreviated
# as wires write it (", Tenn.", ", N.M."), its words joined by "of" or "and" (", Isle of
# Man", ", Trinidad and Tobago").
_REGION = r"[A-Z][A-Za-z'.\-]+(?:[ ](?:(?:of|and)[ ])?[A-Z][A-Za-z'.\-]+){0,2}"
# A news agency in brackets ("(AP)", "(Reuters)", "(APP)").
_AGENCY = r"\([A-Z][A-Za-z&.]*(?:[ ][A-Z][A-Za-z&.]*){0,2}\)"
# What ends a dateline: a colon, or a dash (one or two) with a space before or a bracket.
_MARK = r"(?:[ ]?:|[ ][-–—―]{1,2}|(?<=\))[ ]?[-–—―]{1,2})"

# A state in brackets right after the place, as Indian papers write it ("MORENA (Madhya
# Pradesh), April 12:").
_STATE = rf"(?:[ ]\({_REGION}\))?"

_DATELINE = re.compile(
    rf"""(?mx)^[ \t\xa0]*
    (?:
        (?P<caps>{_CAPS})
        (?P<caps_parts>{_STATE}(?:,[ ](?:{_DATE}|{_REGION}))*(?:[ ]?{_AGENCY})?)
        {_MARK}
      | (?P<title>{_TITLE})
        (?P<title_parts>{_STATE}(?:,[ ](?:{_DATE}|{_REGION}))*(?:[ ]?{_AGENCY})?)
        {_MARK}
      | \((?P<bracketed>{_CAPS}|{_TITLE})\)(?:{_MARK})?  # "(Karachi) The court ..."
    )
    [ \t\xa0]+(?=[^\W_]|["“‘'])"""
)
_HAS_DATE = re.compile(_DATE)
_HAS_AGENCY = re.compile(_AGENCY)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline: ``start``/``end`` its words and mark (the sentence begins at ``end``),
    ``place`` the range of the place it names first."""

    start: int
    end: int
    place: tuple[int, int]


def datelines(text: str) -> list[Dateline]:
    """The datelines that open a line of ``text``."""
    out: list[Dateline] = []
    for match in _DATELINE.finditer(text):
        if match.group("title") is not None:
            parts = match.group("title_parts")
            # a title-case name is a place only when a date or an agency says it is one
            if not (_HAS_DATE.search(parts) or _HAS_AGENCY.search(parts)):
                continue
            place = match.span("title")
        elif match.group("bracketed") is not None:
            place = match.span("bracketed")
        else:
            place = match.span("caps")
        out.append(Dateline(place[0], match.end(), place))
    return out
