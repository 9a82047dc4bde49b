"""A plain-text file in, one Document out, its id the file's name.

The text is kept byte for byte (decoded from UTF-8, a leading byte-order mark dropped), line
endings included, so that offsets point into exactly what the file holds.
"""

from __future__ import annotations

from pathlib import Path

from corroborate.errors import InputError
from corroborate.records import Document

_BOM = "\ufeff"
SKIP_HINT = "fix the file or pass --skip-errors to skip it"


def read_text(path: Path, shown: str | None = None) -> Document:
    """The Document in ``path``; ``shown`` is the name used in messages (default: the path).

    Raises InputError for a binary, non-UTF-8 or empty file, naming the line at fault.
    """
    name = shown if shown is not None else str(path)
    data = path.read_bytes()  # a document is one text: it has to be in memory whole anyway
    nul = data.find(b"\0")
    if nul != -1:
        raise InputError(
            name,
            _line_at(data, nul),
            "contains NUL bytes: this looks like a binary file, not text",
            "pass a UTF-8 .txt or .jsonl file, or --skip-errors to skip it",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            name,
            _line_at(data, err.start),
            f"not valid UTF-8 (byte {data[err.start]:#04x})",
            "convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) or pass --skip-errors",
        ) from err
    if text.startswith(_BOM):
        text = text[1:]
    if not text.strip():
        raise InputError(name, None, "the file is empty (nothing but whitespace)", SKIP_HINT)
    return Document(id=path.name, text=text, path=name)


def _line_at(data: bytes, offset: int) -> int:
    """The 1-based line holding byte ``offset``."""
    return data.count(b"\n", 0, offset) + 1
