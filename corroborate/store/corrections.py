"""The ``corrections`` table: corrections by hand as rows (``ledger.corrections.Correction``).

Written by ``corroborate correct`` and the web app's correction form; read on every ledger
rebuild (``ledger.store.rebuild``) and by the pages that show them.
"""

from __future__ import annotations

from typing import Any, cast

from corroborate.errors import StoreError
from corroborate.ledger.corrections import Correction, CorrectionKind, correction_id
from corroborate.store.connection import Connection
from corroborate.store.rows import dumps, loads
from corroborate.store.upgrade import now

__all__ = ["add_correction", "read_corrections", "undo_correction"]

_COLUMNS = "id, position, kind, data, reason, author, created_at, undone_at"


def read_corrections(db: Connection) -> list[Correction]:
    """Every correction, undone ones included, in the order they were made."""
    rows = db.query(f"SELECT {_COLUMNS} FROM corrections")
    return sorted((_correction(r) for r in rows), key=lambda c: c.position)


def add_correction(
    db: Connection, kind: CorrectionKind, data: dict[str, Any], reason: str, author: str
) -> Correction:
    """Store a new correction (the caller holds the transaction) and return it."""
    created = now()
    position = int(db.query("SELECT COALESCE(MAX(position), 0) FROM corrections")[0][0]) + 1
    correction = Correction(
        id=correction_id(kind, data, f"{created}#{position}", author),
        kind=kind,
        data=data,
        reason=reason,
        author=author,
        created_at=created,
        position=position,
    )
    db.execute(
        f"INSERT INTO corrections ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (correction.id, position, kind, dumps(data), reason, author, created, None),
    )
    return correction


def undo_correction(db: Connection, correction_id_: str) -> Correction:
    """Mark a correction undone (the caller holds the transaction); StoreError when there is
    no such correction or it is undone already."""
    found = db.query(f"SELECT {_COLUMNS} FROM corrections WHERE id = ?", (correction_id_,))
    if not found:
        raise StoreError(
            f"no correction {correction_id_!r}; corroborate correct list shows their ids"
        )
    correction = _correction(found[0])
    if not correction.active:
        raise StoreError(f"correction {correction_id_} was undone already ({correction.undone_at})")
    undone = now()
    db.execute("UPDATE corrections SET undone_at = ? WHERE id = ?", (undone, correction_id_))
    return Correction(**{**vars(correction), "undone_at": undone})


def _correction(row: tuple[Any, ...]) -> Correction:
    id_, position, kind, data, reason, author, created_at, undone_at = row
    return Correction(
        id=id_,
        kind=cast(CorrectionKind, kind),
        data=loads(data),
        reason=reason,
        author=author,
        created_at=created_at,
        undone_at=undone_at,
        position=int(position),
    )
