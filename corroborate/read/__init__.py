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

Errors in what a file holds (a bad line, an empty or binary text file, a text a database
cannot store, an id used twice) can be skipped with ``skip_errors``. Errors in the paths named
(missing file, unknown suffix, unreadable folder) always raise, and before anything is read: a
typo in the last of ten file names should fail at once, not after hours of work on the first
nine, and skipping a whole missing file is never what a user meant. Inside a folder, a file or
subfolder that cannot be read (permissions, a symbolic link loop, a link to nothing) also
stops the run before anything is read, or with ``skip_errors`` is reported and left out:
never skipped silently.

Each document is checked before it is yielded, so that a pass over the input finds every
problem before anything is stored: a text the store cannot hold (``store.unstorable_field``:
NUL, a lone surrogate) and an id already used earlier in the same input (the later document
would silently replace the earlier one) are errors naming the file and line, both lines for a
repeated id.
"""

from __future__ import annotations

import dataclasses
import errno
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
from corroborate.store.rows import unstorable_field

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

    A bad line, file or document raises InputError; with ``skip_errors`` it goes to
    ``on_skip`` instead. Files a folder holds that are not read (unknown suffixes, links to
    folders) are reported to ``on_note``.
    """

    def skip(err: InputError) -> None:
        if not skip_errors:
            raise err
        if on_skip is not None:
            on_skip(err)

    paths = list(paths or [])
    files = [item for path in paths for item in _expand(path, on_note, skip)]
    first_seen: dict[str, str] = {}  # id -> where it was first read, for repeated ids
    for document in _read_files(paths, files, skip):
        problem = _document_problem(document, first_seen)
        if problem is not None:
            skip(problem)
            continue
        first_seen[document.id] = _location(document)
        yield document


def _read_files(
    paths: list[Path],
    files: list[tuple[Path, str | None]],
    skip: Callable[[InputError], None],
) -> Iterator[Document]:
    # ``skip`` raises when errors are not skipped, so the line readers can always hand their
    # errors to it.
    if not paths:
        yield from read_jsonl(sys.stdin.buffer, STDIN, skip_errors=True, on_skip=skip)
        return
    for path, doc_id in files:
        reader = _WHOLE_FILE.get(path.suffix.lower())
        if _is_stdin(path):
            yield from read_jsonl(sys.stdin.buffer, STDIN, skip_errors=True, on_skip=skip)
        elif reader is not None:
            try:
                document = reader(path, str(path))
            except InputError as err:
                skip(err)
                continue
            yield document if doc_id is None else dataclasses.replace(document, id=doc_id)
        else:
            with path.open("rb") as lines:
                yield from read_jsonl(lines, str(path), skip_errors=True, on_skip=skip)


def _document_problem(document: Document, first_seen: dict[str, str]) -> InputError | None:
    """Why ``document`` must not be stored, as an InputError naming its file and line."""
    where = document.path or STDIN
    problem = unstorable_field(document)
    if problem:
        return InputError(
            where,
            document.line,
            f"document {document.id!r}: {problem}",
            "remove it from the input, or pass --skip-errors to skip the document",
        )
    first = first_seen.get(document.id)
    if first is not None:
        return InputError(
            where,
            document.line,
            f"id {document.id!r} is already used by the document at {first}",
            "give each document its own id, or pass --skip-errors to keep only the first",
        )
    return None


def _location(document: Document) -> str:
    where = document.path or STDIN
    return where if document.line is None else f"{where}:{document.line}"


def _expand(
    path: Path,
    on_note: Callable[[str], None] | None,
    skip: Callable[[InputError], None],
) -> list[tuple[Path, str | None]]:
    """The files to read for ``path``, each with the id it gives (None: the reader's own).

    Checks every path before anything is read (see the module's docstring); a problem with
    something inside a folder goes to ``skip``, which raises unless errors are skipped.
    """
    if not (path.is_dir() and not _is_stdin(path)):
        check_path(path)
        return [(path, None)]

    def unreadable_folder(err: OSError) -> None:
        folder = str(err.filename or path)
        problem = InputError(
            folder,
            None,
            f"the folder cannot be read ({err.strerror or err})",
            "check its permissions, or pass --skip-errors to leave it out",
        )
        if Path(folder) == path:
            raise problem  # the folder named on the command line: never skipped
        skip(problem)

    found: list[tuple[str, Path]] = []
    for folder, subfolders, names in os.walk(path, onerror=unreadable_folder):
        for name in sorted(subfolders):
            if not name.startswith(".") and Path(folder, name).is_symlink() and on_note:
                # os.walk does not follow links to folders (a loop would never end).
                on_note(f"{Path(folder, name)}: not read, a link to a folder; name it to read it")
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for name in names:
            if name.startswith("."):
                continue
            file = Path(folder, name)
            found.append((file.relative_to(path).as_posix(), file))
    found.sort()  # code point order of the relative paths: the same on every machine
    files: list[tuple[Path, str | None]] = []
    skipped = 0
    for relative, file in found:
        suffix = file.suffix.lower()
        if suffix not in KNOWN_SUFFIXES:
            if on_note is not None:
                on_note(f"{file}: not read, unknown file type {suffix or '(no suffix)'}")
            continue
        try:
            check_path(file)
        except InputError as err:
            skipped += 1
            skip(_skippable(err))
            continue
        files.append((file, relative if suffix in _WHOLE_FILE else None))
    if not files and not skipped:
        raise InputError(
            str(path), None, "the folder holds no file to read", "put " + _KNOWN_HELP + " in it"
        )
    return files


def _skippable(err: InputError) -> InputError:
    """A file's problem found inside a folder, with the hint that it can be skipped."""
    return InputError(err.path, err.line, err.message, err.hint + ", or pass --skip-errors")


def check_path(path: Path, *, folders: bool = False) -> None:
    """Raise InputError unless ``path`` is stdin or a readable file of a known type.

    A folder passes only with ``folders`` (read_documents reads folders; one-file commands
    such as ``eval`` do not).
    """
    if _is_stdin(path):
        return
    name = str(path)
    try:
        path.stat()
    except OSError as err:
        raise _missing(path, err) from err
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


def _missing(path: Path, err: OSError) -> InputError:
    """What is wrong with a path that cannot be looked at, and what to do."""
    name = str(path)
    if err.errno == errno.ELOOP:
        return InputError(name, None, "a symbolic link loop", "point the link at a file")
    if err.errno == errno.ENOENT and path.is_symlink():
        target = os.readlink(path)
        return InputError(
            name, None, f"a symbolic link to nothing ({target})", "point the link at a file"
        )
    if err.errno == errno.ENOENT:
        return InputError(name, None, "no such file", "check the path")
    return InputError(
        name, None, f"cannot be looked at ({err.strerror})", "check the folders' permissions"
    )


def _is_stdin(path: Path) -> bool:
    return str(path) == "-"
