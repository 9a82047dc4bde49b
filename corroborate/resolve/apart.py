"""What an article says about who is NOT the same: names it lists side by side, names it uses.

"Budhi Singh, Basant Ballab, Kunwar Pal Singh, Budha Singh were convicted": an article that
lists two names in one enumeration means two people, however alike they are spelled. And an
article that names "Zahir Jaffer" and "Zakir Jaffer" in full tells them apart: a spelling
variant found across articles is never joined to a name it appears beside.

Read from the mentions' offsets alone (no text, no parse): two person mentions with at most
``LIST_GAP`` characters between them (", ", " and ", ", and ") are neighbours in a list.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from corroborate.nlp import names
from corroborate.records import Mention

__all__ = ["LIST_GAP", "listed_together", "named_in_full"]

LIST_GAP = 6  # len(", and ")


def listed_together(mentions: Iterable[Mention]) -> Iterator[list[str]]:
    """The person names of each list in one document (runs of person mentions, each at most
    ``LIST_GAP`` characters after the last), two names or more, cleaned as nodes are."""
    run: list[Mention] = []
    for m in sorted((m for m in mentions if m.type == "person" and m.label != "role"),
                    key=lambda m: (m.start, m.end)):  # fmt: skip
        if run and not 0 <= m.start - run[-1].end <= LIST_GAP:
            yield from _names_of(run)
            run = []
        run.append(m)
    yield from _names_of(run)


def _names_of(run: list[Mention]) -> Iterator[list[str]]:
    cleaned = list(dict.fromkeys(names.clean(m.name) for m in run))
    if len(cleaned) >= 2:
        yield cleaned


def named_in_full(mentions: Iterable[Mention]) -> set[str]:
    """The person names a document writes out in full (two words or more, as written, not
    a short form the document expands)."""
    out = set()
    for m in mentions:
        if m.type != "person" or m.label == "role":
            continue
        name = _in_full(m.name, m.text)
        if name is not None:
            out.add(name)
    return out


@lru_cache(maxsize=1 << 17)  # a pure function of the mention's name and text: the same
def _in_full(name: str, text: str) -> str | None:  # pairs recur in every report of a story
    """The cleaned name, when the text writes it in full (titles aside), else None."""
    cleaned = names.clean(name)
    written = names.clean(" ".join(names.strip_titles(text.split())))
    if len(names.words(cleaned)) >= 2 and names.key(written) == names.key(cleaned):
        return cleaned
    return None
