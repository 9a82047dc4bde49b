"""JSON Lines in, one Document per line.

Each non-blank line is one JSON object with ``id`` (string or integer) and ``text`` (a string
with something besides whitespace). ``url``, ``outlet``, ``published`` and ``title`` are kept
when present (a string or null); any other key is ignored, so annotated files such as PolNeAR's
read as they are.

The file is read as bytes, one line at a time: memory stays flat however large the file, and a
line is split only at b"\\n", never at the Unicode line separators that str.splitlines() and
text mode would honour inside a JSON string.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from corroborate.errors import InputError
from corroborate.read.published import normalize_published
from corroborate.records import Document

SKIP_HINT = "fix the line or pass --skip-errors to skip it"
OPTIONAL_FIELDS = ("url", "outlet", "published", "title")
_BOM = "\ufeff"


def read_jsonl(
    lines: Iterable[bytes],
    path: str,
    *,
    skip_errors: bool = False,
    on_skip: Callable[[InputError], None] | None = None,
) -> Iterator[Document]:
    """Documents from the byte lines of one JSONL file named ``path`` (for messages).

    A bad line raises InputError, or with ``skip_errors`` is passed to ``on_skip`` and skipped.
    """
    for number, raw in enumerate(lines, 1):
        try:
            document = parse_line(raw, path, number)
        except InputError as err:
            if not skip_errors:
                raise
            if on_skip is not None:
                on_skip(err)
            continue
        if document is not None:
            yield document


def parse_line(raw: bytes, path: str, number: int) -> Document | None:
    """The Document on one line, None for a blank line; InputError when the line is bad."""
    row = parse_object(raw, path, number)
    return None if row is None else to_document(row, path, number)


def parse_object(
    raw: bytes, path: str, number: int, *, skippable: bool = True
) -> dict[str, Any] | None:
    """The JSON object on one line, None for a blank line; InputError when the line is bad.

    ``skippable``: whether the reader offers --skip-errors, which the hints then suggest
    (gold files have no such option: a skipped line would change the figures).
    """
    fail = _failer(path, number, skippable)
    if b"\0" in raw:
        raise fail(
            "contains NUL bytes: this looks like a binary file, not JSON Lines",
            "pass a UTF-8 .jsonl or .txt file"
            + (", or --skip-errors to skip the line" if skippable else ""),
        )
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise fail(
            f"not valid UTF-8 (byte {raw[err.start]:#04x} at column {err.start + 1})",
            "convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)"
            + (" or pass --skip-errors" if skippable else ""),
        ) from err
    if number == 1 and line.startswith(_BOM):
        line = line[1:]  # a byte-order mark some editors write: not part of the JSON
    if not line.strip():
        return None
    try:
        row = json.loads(line)
    except RecursionError:
        # A line of 100,000 "[" exhausts the decoder's stack: no document nests like that.
        raise fail(
            "not valid JSON (nested deeper than Python's recursion limit)",
            "each line must hold one JSON object of a document; " + _line_hint(skippable),
        ) from None
    except json.JSONDecodeError as err:
        # err.pos, not err.colno: a line's own trailing newline would make colno restart at 1.
        raise fail(
            f"not valid JSON ({err.msg} at column {err.pos + 1})",
            "each line must hold one complete JSON object; " + _line_hint(skippable),
        ) from err
    if not isinstance(row, dict):
        raise fail(f'a JSON {_json_type(row)}, not an object with "id" and "text"')
    return row


def to_document(row: dict[str, Any], path: str, number: int, *, skippable: bool = True) -> Document:
    """The Document a parsed line describes; InputError when a field is missing or wrong."""
    return _document(row, path, number, _failer(path, number, skippable))


def _line_hint(skippable: bool) -> str:
    return SKIP_HINT if skippable else "fix the line"


def _failer(path: str, number: int, skippable: bool) -> Callable[..., InputError]:
    def fail(message: str, hint: str = _line_hint(skippable)) -> InputError:
        return InputError(path, number, message, hint)

    return fail


def _document(
    row: dict[str, Any], path: str, number: int, fail: Callable[[str], InputError]
) -> Document:
    if "id" not in row:
        raise fail('no "id": every document needs an id to refer to it')
    doc_id = row["id"]
    # bool is an int to Python, but an id of true is a mistake rather than the id "True".
    if isinstance(doc_id, bool) or not isinstance(doc_id, str | int):
        raise fail(f'"id" is a JSON {_json_type(doc_id)}; it must be a string or an integer')
    doc_id = str(doc_id)
    if not doc_id.strip():
        raise fail('"id" is empty')
    if "text" not in row:
        raise fail('no "text": nothing to extract from')
    text = row["text"]
    if not isinstance(text, str):
        raise fail(f'"text" is a JSON {_json_type(text)}; it must be a string')
    if not text.strip():
        raise fail('"text" is empty')
    optional: dict[str, str | None] = {}
    for key in OPTIONAL_FIELDS:
        value = row.get(key)
        if value is not None and not isinstance(value, str):
            raise fail(f'"{key}" is a JSON {_json_type(value)}; it must be a string or null')
        optional[key] = value
    if optional["published"] is not None and optional["published"].strip():
        try:
            optional["published"] = normalize_published(optional["published"])
        except ValueError as err:
            raise fail(f'"published": {err}') from None
    elif optional["published"] is not None:
        optional["published"] = None  # an empty date is no date
    return Document(id=doc_id, text=text, path=path, line=number, **optional)


def _json_type(value: object) -> str:
    """The JSON name of a decoded value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"
