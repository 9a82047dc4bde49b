"""Gold attributions in the PolNeAR format, checked line by line before any work starts.

A gold file is JSON Lines as ``read.jsonl`` reads it ("id", "text"), each line with
"attributions": a list of objects whose "source", "cue" and "content" are lists of
``[start, end]`` character offsets into the text, ``0 <= start <= end <= len(text)``; a role
may be missing, null or empty. Training and scoring read these. A bad one is an
``InputError`` naming the file and line, raised before the slow parsing begins: a range past
the end of the text would otherwise be dropped without a word, and a malformed one would
stop training with a traceback halfway through.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corroborate.errors import InputError
from corroborate.read.jsonl import parse_object, to_document
from corroborate.records import Document

ROLES = ("source", "cue", "content")
HINT = 'each role must be a list of [start, end] character offsets into "text"; fix the line'


@dataclass(frozen=True)
class GoldDocument:
    """One line of a gold file: the document and its attributions (every role present)."""

    document: Document
    attributions: list[dict[str, list[list[int]]]]

    def to_row(self) -> dict[str, Any]:
        """The line as the official scorer reads it."""
        return {
            "id": self.document.id,
            "text": self.document.text,
            "attributions": self.attributions,
        }


def read_gold(path: Path) -> list[GoldDocument]:
    """Every document of the gold file ``path`` with its checked attributions."""
    out = []
    first_line: dict[str, int] = {}
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, 1):
            row = parse_object(raw, str(path), number, skippable=False)
            if row is None:
                continue
            document = to_document(row, str(path), number, skippable=False)
            # The scorer pairs gold and predictions by id: a repeated one would vanish.
            seen = first_line.setdefault(document.id, number)
            if seen != number:
                raise InputError(
                    str(path),
                    number,
                    f"document id {document.id!r} is already on line {seen}",
                    "give every document its own id",
                )
            attributions = checked_attributions(
                row.get("attributions"), document.text, path, number
            )
            out.append(GoldDocument(document, attributions))
    return out


def read_training_gold(path: Path) -> list[GoldDocument]:
    """``read_gold`` for a file to learn from: one with no attribution at all is refused
    rather than trained into a model that finds nothing."""
    golds = read_gold(path)
    if not any(gold.attributions for gold in golds):
        held = f"{len(golds)} document{'' if len(golds) == 1 else 's'}"
        raise InputError(
            str(path),
            None,
            f"holds no gold attributions ({held}): there is nothing to learn from",
            'pass a PolNeAR-format file whose lines have "attributions"',
        )
    return golds


def checked_attributions(
    value: object, text: str, path: Path, number: int
) -> list[dict[str, list[list[int]]]]:
    """The attributions ``value`` of line ``number`` of ``path``, every role a list of
    ranges into ``text``; InputError where one is not."""

    def fail(message: str) -> InputError:
        return InputError(str(path), number, message, HINT)

    if value is None:
        return []
    if not isinstance(value, list):
        raise fail('"attributions" is not a list')
    out = []
    for k, attribution in enumerate(value, 1):
        if not isinstance(attribution, dict):
            raise fail(f"attribution {k} is not an object")
        checked = {}
        for role in ROLES:
            ranges = attribution.get(role) or []
            if not isinstance(ranges, list) or not all(_is_range(r) for r in ranges):
                raise fail(f'attribution {k}: "{role}" is not a list of [start, end] pairs')
            for start, end in ranges:
                if not 0 <= start <= end <= len(text):
                    raise fail(
                        f'attribution {k}: "{role}" range [{start}, {end}] is reversed or'
                        f" outside the text ({len(text)} characters)"
                    )
            checked[role] = [[start, end] for start, end in ranges]
        out.append(checked)
    return out


def _is_range(value: object) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) for x in value)
    )
