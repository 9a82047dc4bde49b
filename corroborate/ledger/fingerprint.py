"""``code_fingerprint()``: which code made a stored index, so that an update never adds to an
index that another version of corroborate made.

An update trusts the stored index to be what the current code would build: a new merge rule,
blocking key or lexicon word changes what a full rebuild gives, and an update over an index
made before it would store a ledger no rebuild gives (``corroborate rebuild`` would find the
difference, but only when run). The fingerprint covers every source and data file of the
package: coarser than the ledger's own modules, so any upgrade rebuilds whole once, never
too rarely.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

__all__ = ["code_fingerprint"]

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def code_fingerprint() -> str:
    """A hash of the package's files (paths and contents), computed once per process."""
    digest = hashlib.sha1()
    for path in sorted(_PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()
