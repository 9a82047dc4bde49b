"""A document's text cut into segments for the page: attributions marked, quotes anchored.

Attribution contents can nest and overlap, and so can the ledger's event quotes (whole
sentences), which HTML elements cannot. So the text is cut at every boundary and each segment
says which attributions and quotes cover it; the template wraps each segment on its own. The
segments' texts joined are exactly the document's text: offsets on the page stay offsets.
Nothing here builds HTML: the template escapes every piece.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from corroborate.records import Allegation, Attribution, Event, Range


@dataclass(frozen=True)
class Link:
    """An allegation an attribution feeds, for the note's links."""

    id: str
    label: str


@dataclass
class Note:
    """One attribution as the page shows it: numbered in text order."""

    number: int
    kind: str
    source: str | None
    cue: str
    target: str | None
    setting: str
    content: str
    allegations: list[Link] = field(default_factory=list)


@dataclass
class Segment:
    """A run of text covered by the same attributions and quotes.

    ``notes``: numbers of the attributions covering it, innermost (shortest) first; ``kind``
    the innermost one's kind. ``anchors``: event quotes (``"start-end"``) that begin here.
    ``ends``: numbers of attributions whose content ends with this segment (a reference mark
    follows it). ``focus``: inside the quote the reader came to see.
    """

    text: str
    notes: tuple[int, ...] = ()
    kind: str | None = None
    anchors: tuple[str, ...] = ()
    ends: tuple[int, ...] = ()
    focus: bool = False


def quote_key(start: int, end: int) -> str:
    return f"{start}-{end}"


def notes_for(
    text: str,
    attributions: list[Attribution],
    events: list[tuple[Allegation, Event]],
    label: dict[str, str],
) -> list[tuple[Note, list[Range]]]:
    """A note per attribution with content, in text order, with its content ranges and the
    allegations whose events quote the sentence it is in (``label``: allegation id -> label)."""
    found = sorted((a for a in attributions if a.content), key=lambda a: a.content[0])
    out = []
    for number, a in enumerate(found, start=1):
        links = {
            allegation.id: Link(allegation.id, label.get(allegation.id, allegation.act))
            for allegation, event in events
            if any(s < event.end and event.start < e for s, e in a.content)
        }
        out.append(
            (
                Note(
                    number=number,
                    kind=a.kind,
                    source=a.source_name or _join(text, a.source) or None,
                    cue=_join(text, a.cue),
                    target=a.target,
                    setting=a.setting,
                    content=_join(text, a.content),
                    allegations=list(links.values()),
                ),
                list(a.content),
            )
        )
    return out


def segments(
    text: str,
    notes: list[tuple[Note, list[Range]]],
    quotes: list[Range],
    focus: Range | None = None,
) -> list[Segment]:
    """Cut ``text`` at every boundary of the notes' ranges, the quotes and the focus."""
    n = len(text)

    def clip(r: Range) -> Range:
        return max(0, min(r[0], n)), max(0, min(r[1], n))

    spans = [(clip(r), note) for note, ranges in notes for r in ranges]
    spans = [((s, e), note) for (s, e), note in spans if s < e]
    quote_spans = sorted({clip(q) for q in quotes if clip(q)[0] < clip(q)[1]})
    cuts = {0, n}
    for (s, e), _ in spans:
        cuts.update((s, e))
    for s, e in quote_spans:
        cuts.update((s, e))
    if focus is not None:
        cuts.update(clip(focus))
    # The last piece of each note's last range gets the reference mark.
    last_end = {note.number: max(e for (_, e), m in spans if m is note) for _, note in spans}
    bounds = sorted(cuts)
    out: list[Segment] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        covering = sorted(
            ((e - s, note) for (s, e), note in spans if s <= start and end <= e),
            key=lambda t: (t[0], t[1].number),
        )
        out.append(
            Segment(
                text=text[start:end],
                notes=tuple(note.number for _, note in covering),
                kind=covering[0][1].kind if covering else None,
                anchors=tuple(quote_key(s, e) for s, e in quote_spans if s == start),
                ends=tuple(
                    sorted({note.number for _, note in covering if last_end[note.number] == end})
                ),
                focus=focus is not None and focus[0] <= start and end <= focus[1],
            )
        )
    return out


def parse_range(value: str | None) -> Range | None:
    """``"120-245"`` (the ``?q=`` of a quote link) as a range, None when it is not one."""
    if not value:
        return None
    start, sep, end = value.partition("-")
    if not (sep and start.isdigit() and end.isdigit()) or int(start) >= int(end):
        return None
    return int(start), int(end)


def _join(text: str, ranges: list[Range]) -> str:
    return " … ".join(text[s:e] for s, e in ranges)
