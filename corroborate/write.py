"""Writing results: strict JSON and safe CSV for every writer, the JSON line per document,
and files replaced only when complete.

Every JSON that corroborate writes (``extract``, ``ledger``, ``audit``, ``export``, the web
API) goes through ``json_text``, and every CSV through ``csv_writer``: one place decides what
a number too large for JSON looks like and what a spreadsheet may not run.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, TextIO

from defusedcsv import csv as defusedcsv

__all__ = ["CsvWriter", "atomic_writer", "csv_writer", "json_text", "prediction_line", "strict"]

from corroborate.errors import OutputError
from corroborate.records import Attribution, Document


def prediction_line(document: Document, attributions: list[Attribution]) -> str:
    """One output line, newline included: ``{"id": ..., "attributions": [...]}``.

    The format the official scorer reads as predictions. ensure_ascii=False keeps non-English
    text readable; offsets are Python string indices either way.
    """
    row = {"id": document.id, "attributions": [a.to_json() for a in attributions]}
    return json_text(row) + "\n"


def strict(value: Any) -> Any:
    """``value`` with every float that JSON cannot hold (infinite, not a number) as text.

    Python's json writes them as bare ``Infinity`` and ``NaN``, which strict JSON parsers
    (JavaScript's, PostgreSQL's, jq) reject. No reader should lose a whole document over one
    absurd figure (a 400-digit count overflows a float), so the figure is kept, as the string
    ``"Infinity"``, ``"-Infinity"`` or ``"NaN"``: a reader sees it is not a number.
    """
    if isinstance(value, float):
        return value if math.isfinite(value) else json.dumps(value)
    if isinstance(value, dict):
        return {k: strict(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [strict(v) for v in value]
    return value


def json_text(value: Any, *, indent: int | None = None) -> str:
    """``value`` as strict JSON text (RFC 8259): non-ASCII kept readable, no bare
    ``Infinity``/``NaN`` (see ``strict``), no trailing newline."""
    try:
        return json.dumps(value, ensure_ascii=False, indent=indent, allow_nan=False)
    except ValueError:  # only now pay for the walk: almost every output is finite
        return json.dumps(strict(value), ensure_ascii=False, indent=indent, allow_nan=False)


class CsvWriter(Protocol):
    def writerow(self, row: Any) -> Any: ...


def csv_writer(out: TextIO) -> CsvWriter:
    """A CSV writer whose text cells cannot run as spreadsheet formulas.

    A quote from a hostile page such as ``=HYPERLINK("http://evil", "click")`` would be a live
    formula in Excel or LibreOffice; defusedcsv prefixes a cell beginning with ``=``, ``+``,
    ``-``, ``@``, ``|`` or ``%`` with ``'`` (numbers, such as ``-3``, stay numbers).
    """
    writer: CsvWriter = defusedcsv.writer(out, lineterminator="\n")
    return writer


@contextmanager
def atomic_writer(path: Path) -> Iterator[TextIO]:
    """A text file that appears at ``path`` only if the block finishes without an error.

    It is written to a temporary file in the same folder (so the final rename is atomic on one
    file system) and renamed over ``path`` at the end; on an error the temporary file is
    removed and whatever ``path`` held before is left alone.
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as err:
        raise OutputError(
            f"{path}: cannot write here ({err.strerror}); check that the folder exists and is"
            " writable, or pass another --output"
        ) from err
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            yield out
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
