"""Readers: files and streams in, ``Document`` records out.

``read_documents`` picks a reader by file suffix:

- ``.jsonl``, ``.json``: JSON Lines, one document per line (see ``read.jsonl``);
- ``.txt``: the whole file is one document, its id the file name (see ``read.text``);
- no paths, or ``-``: JSON Lines from standard input, shown in messages as ``<stdin>``.

Errors in what a file holds (a bad line, an empty or binary text file) can be skipped with
``skip_errors``. Errors in the paths themselves (missing file, folder, unknown suffix) always
raise, and before anything is read: a typo in the last of ten file names should fail at once,
not after hours of work on the first nine, and skipping a whole missing file is never what
a user meant.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from corroborate.errors import InputError
from corroborate.read.jsonl import read_jsonl
from corroborate.read.text import read_text
from corroborate.records import Document

__all__ = ["JSONL_SUFFIXES", "STDIN", "TEXT_SUFFIXES", "read_documents"]

JSONL_SUFFIXES = frozenset({".jsonl", ".json"})
TEXT_SUFFIXES = frozenset({".txt"})
STDIN = "<stdin>"


def read_documents(
    paths: list[Path] | None,
    *,
    skip_errors: bool = False,
    on_skip: Callable[[InputError], None] | None = None,
) -> Iterator[Document]:
    """Documents from ``paths`` in order (from stdin when there are none), streamed.

    A bad line or file raises InputError; with ``skip_errors`` it goes to ``on_skip`` instead.
    """
    paths = list(paths or [])
    for path in paths:
        check_path(path)
    if not paths:
        yield from read_jsonl(sys.stdin.buffer, STDIN, skip_errors=skip_errors, on_skip=on_skip)
        return
    for path in paths:
        if _is_stdin(path):
            yield from read_jsonl(sys.stdin.buffer, STDIN, skip_errors=skip_errors, on_skip=on_skip)
        elif path.suffix.lower() in TEXT_SUFFIXES:
            try:
                yield read_text(path, str(path))
            except InputError as err:
                if not skip_errors:
                    raise
                if on_skip is not None:
                    on_skip(err)
        else:
            with path.open("rb") as lines:
                yield from read_jsonl(lines, str(path), skip_errors=skip_errors, on_skip=on_skip)


def check_path(path: Path) -> None:
    """Raise InputError unless ``path`` is stdin or a readable file with a known suffix."""
    if _is_stdin(path):
        return
    name = str(path)
    if not path.exists():
        raise InputError(name, None, "no such file", "check the path")
    if path.is_dir():
        raise InputError(name, None, "is a folder", "name the files in it, e.g. folder/*.jsonl")
    suffix = path.suffix.lower()
    if suffix not in JSONL_SUFFIXES | TEXT_SUFFIXES:
        raise InputError(
            name,
            None,
            f"unknown file type {suffix or '(no suffix)'!s}",
            "use .jsonl (one JSON object per line) or .txt (one document per file)",
        )
    try:
        with path.open("rb"):
            pass
    except OSError as err:
        raise InputError(
            name, None, f"cannot be read ({err.strerror})", "check its permissions"
        ) from err


def _is_stdin(path: Path) -> bool:
    return str(path) == "-"
