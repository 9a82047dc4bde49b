"""Readers: files and streams in, ``Document`` records out.

``read_documents`` picks a reader by file suffix:

- ``.jsonl``, ``.json``: JSON Lines, one document per line (see ``read.jsonl``);
- ``.txt``: the whole file is one document, its id the file name (see ``read.text``);
- ``.html``, ``.htm``, ``.xhtml``: a web page's main text and metadata (see ``read.html``);
- ``.pdf``: the text of a PDF's pages (see ``read.pdf``);
- a folder: every file above in it and its subfolders, in sorted order of their paths, hidden
  files and folders left out, other files noted (``on_note``) and left out. A single-document
  file's id is its path inside the folder ("2021/ruling.pdf"), so that equal names in
  different subfolders stay different documents;
- no paths, or ``-``: JSON Lines from standard input, shown in messages as ``<stdin>``.

Errors in what a file holds (a bad line, an empty or binary text file) can be skipped with
``skip_errors``. Errors in the paths themselves (missing file, folder, unknown suffix) always
raise, and before anything is read: a typo in the last of ten file names should fail at once,
not after hours of work on the first nine, and skipping a whole missing file is never what
a user meant.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from corroborate.errors import InputError
from corroborate.read.html import read_html
from corroborate.read.jsonl import read_jsonl
from corroborate.read.pdf import read_pdf
from corroborate.read.text import read_text
from corroborate.records import Document

__all__ = [
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "PDF_SUFFIXES",
    "STDIN",
    "TEXT_SUFFIXES",
    "read_documents",
]

JSONL_SUFFIXES = frozenset({".jsonl", ".json"})
TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
PDF_SUFFIXES = frozenset({".pdf"})
# One document per file, read whole by these functions (path, name for messages).
_WHOLE_FILE: dict[str, Callable[[Path, str], Document]] = {
    **dict.fromkeys(TEXT_SUFFIXES, read_text),
    **dict.fromkeys(HTML_SUFFIXES, read_html),
    **dict.fromkeys(PDF_SUFFIXES, read_pdf),
}
KNOWN_SUFFIXES = JSONL_SUFFIXES | TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES
_KNOWN_HELP = ".jsonl (one JSON object per line), .txt, .html or .pdf (one document per file)"
STDIN = "<stdin>"


def read_documents(
    paths: list[Path] | None,
    *,
    skip_errors: bool = False,
    on_skip: Callable[[InputError], None] | None = None,
    on_note: Callable[[str], None] | None = None,
) -> Iterator[Document]:
    """Documents from ``paths`` in order (from stdin when there are none), streamed.

    A bad line or file raises InputError; with ``skip_errors`` it goes to ``on_skip`` instead.
    Files a folder holds that are not read (unknown suffixes) are reported to ``on_note``.
    """
    paths = list(paths or [])
    files = [item for path in paths for item in _expand(path, on_note)]
    if not paths:
        yield from read_jsonl(sys.stdin.buffer, STDIN, skip_errors=skip_errors, on_skip=on_skip)
        return
    for path, doc_id in files:
        reader = _WHOLE_FILE.get(path.suffix.lower())
        if _is_stdin(path):
            yield from read_jsonl(sys.stdin.buffer, STDIN, skip_errors=skip_errors, on_skip=on_skip)
        elif reader is not None:
            try:
                document = reader(path, str(path))
            except InputError as err:
                if not skip_errors:
                    raise
                if on_skip is not None:
                    on_skip(err)
                continue
            yield document if doc_id is None else dataclasses.replace(document, id=doc_id)
        else:
            with path.open("rb") as lines:
                yield from read_jsonl(lines, str(path), skip_errors=skip_errors, on_skip=on_skip)


def _expand(path: Path, on_note: Callable[[str], None] | None) -> list[tuple[Path, str | None]]:
    """The files to read for ``path``, each with the id it gives (None: the reader's own).

    Checks every path before anything is read (see the module's docstring).
    """
    if not (path.is_dir() and not _is_stdin(path)):
        check_path(path)
        return [(path, None)]
    found: list[tuple[str, Path]] = []
    for folder, subfolders, names in os.walk(path):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for name in names:
            if name.startswith("."):
                continue
            file = Path(folder, name)
            found.append((file.relative_to(path).as_posix(), file))
    found.sort()  # code point order of the relative paths: the same on every machine
    files: list[tuple[Path, str | None]] = []
    for relative, file in found:
        suffix = file.suffix.lower()
        if suffix not in KNOWN_SUFFIXES:
            if on_note is not None:
                on_note(f"{file}: not read, unknown file type {suffix or '(no suffix)'}")
            continue
        check_path(file)
        files.append((file, relative if suffix in _WHOLE_FILE else None))
    if not files:
        raise InputError(
            str(path), None, "the folder holds no file to read", "put " + _KNOWN_HELP + " in it"
        )
    return files


def check_path(path: Path, *, folders: bool = False) -> None:
    """Raise InputError unless ``path`` is stdin or a readable file of a known type.

    A folder passes only with ``folders`` (read_documents reads folders; one-file commands
    such as ``eval`` do not).
    """
    if _is_stdin(path):
        return
    name = str(path)
    if not path.exists():
        raise InputError(name, None, "no such file", "check the path")
    if path.is_dir():
        if folders:
            return
        raise InputError(name, None, "is a folder", "name a file in it")
    suffix = path.suffix.lower()
    if suffix not in KNOWN_SUFFIXES:
        raise InputError(
            name, None, f"unknown file type {suffix or '(no suffix)'!s}", "use " + _KNOWN_HELP
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
