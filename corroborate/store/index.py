"""The ledger's index as rows (see ``migrations.INDEX`` and ``ledger.index``).

The ledger side makes the rows; this module only writes them, whole on a full rebuild."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from corroborate.store.connection import Connection

__all__ = ["INDEX_TABLES", "IndexRows", "write_index"]

INDEX_TABLES = ("index_documents", "index_refs", "index_keys", "index_entities", "index_names")
_COLUMNS = {
    "index_documents": "document_id, content_hash, payload",
    "index_refs": "ref, document_id",
    "index_keys": "key, looks, node, component",
    "index_entities": "entity_id, component, base, final",
    "index_names": "name, entity_id, component",
}


@dataclass
class IndexRows:
    """Rows for each index table, in the columns of ``_COLUMNS``."""

    tables: dict[str, list[tuple[Any, ...]]] = field(
        default_factory=lambda: {t: [] for t in INDEX_TABLES}
    )


def write_index(db: Connection, rows: IndexRows) -> None:
    """Replace the index with ``rows``; the caller holds the transaction."""
    for table in INDEX_TABLES:
        db.execute(f"DELETE FROM {table}")
        columns = _COLUMNS[table]
        marks = ", ".join("?" * len(columns.split(",")))
        db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows.tables[table])
