"""Writing results: the JSON line per document, and files replaced only when complete."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from corroborate.errors import OutputError
from corroborate.records import Attribution, Document


def prediction_line(document: Document, attributions: list[Attribution]) -> str:
    """One output line, newline included: ``{"id": ..., "attributions": [...]}``.

    The format the official scorer reads as predictions. ensure_ascii=False keeps non-English
    text readable; offsets are Python string indices either way.
    """
    row = {"id": document.id, "attributions": [a.to_json() for a in attributions]}
    return json.dumps(row, ensure_ascii=False) + "\n"


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
