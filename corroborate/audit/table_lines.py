"""Figures told as a list of lines, each a label and its number ("Suspects arrested: 2,036").

Briefings handed out as a table are often printed as one: a line whose label says what was
counted, a colon, and the number alone after it ("Raids conducted: 1,412", "Members of X
detained: 1,140", "Arrests: 2,318"). The label has the words a sentence puts after a count
("1,412 raids conducted", "1,140 members of X detained"), so each such line is read as that
sentence: ``rewritten`` puts the number before its label, in place and in as many
characters, so that every offset outside the line, and the line's own span, stay the text's;
``moved`` carries the document's mentions inside a label to where the label now stands.

A line only, its label starting with a capital (a sentence's end run on to a new line, "the
figure: 40", is none); anything after the number ("Arrests: 40 in May") and final
punctuation inside the label leave the line as it is. A label that names no measure
("Helpline: 1101") is rewritten too, and is no figure, as its sentence would be none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from corroborate.audit import vocab
from corroborate.records import Mention

__all__ = ["Moved", "moved", "rewritten"]

# A line: a capitalised label of words (no final punctuation, no colon), a colon, and a
# number with nothing after it. The label is bounded (at most 80 characters) so that the
# match costs the line's length once.
_LINE = re.compile(
    r"^(?P<label>[A-Z][^\n:.;!?]{1,80}?)(?P<sep>[ \t]*:[ \t]*)(?P<number>\d[\d,]*(?:\.\d+)?)"
    r"(?=[ \t]*$)",
    re.MULTILINE,
)
# Words of a label's first word that are common nouns ("Suspects", "Members", "Raids"):
# written in lower case once the number stands before them, so that no name reader takes
# them for a name's first word. A name ("Rehmat Mengal gang members") keeps its capital.
_COMMON_FIRST = (
    vocab.RAID_UNIT,
    vocab.ARREST_UNIT,
    vocab.CONVICTION_UNIT,
    vocab.WEAPON_UNIT,
    vocab.CASE_UNIT,
    vocab.KILLING_UNIT,
    vocab.PEOPLE_UNIT,
)


@dataclass(frozen=True)
class Moved:
    """A label moved right by ``shift`` characters: it stood at [start, end)."""

    start: int
    end: int
    shift: int


def rewritten(text: str) -> tuple[str, list[Moved]]:
    """``text`` with each table line told as a sentence ("Suspects arrested: 2,036" ->
    "2,036 suspects arrested."), same length, and where each label moved."""
    parts: list[str] = []
    moves: list[Moved] = []
    last = 0
    for match in _LINE.finditer(text):
        label, sep, number = match.group("label"), match.group("sep"), match.group("number")
        label = label.rstrip()
        sep = match.group("label")[len(label) :] + sep
        first = label.split(maxsplit=1)[0]
        if any(p.fullmatch(first) for p in _COMMON_FIRST) and not first.isupper():
            label = first[0].lower() + label[1:]
        # number, a space, the label, then the separator's other characters: a full stop
        # and spaces, so that the line ends a sentence as the table's line did.
        tail = ("." + " " * (len(sep) - 2)) if len(sep) >= 2 else ""
        parts += [text[last : match.start()], number, " ", label, tail]
        moves.append(Moved(match.start(), match.start() + len(label), len(number) + 1))
        last = match.end()
    parts.append(text[last:])
    out = "".join(parts)
    assert len(out) == len(text)  # offsets outside the lines are the text's
    return out, moves


def moved(mentions: list[Mention], moves: list[Moved]) -> list[Mention]:
    """The mentions with those inside a moved label moved with it."""
    if not moves:
        return mentions
    out: list[Mention] = []
    for mention in mentions:
        move = next((m for m in moves if m.start <= mention.start and mention.end <= m.end), None)
        if move is None:
            out.append(mention)
        else:
            out.append(
                replace(mention, start=mention.start + move.shift, end=mention.end + move.shift)
            )
    return out
