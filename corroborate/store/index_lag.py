"""What an update reads of the content hashes: only the documents the index lags behind.

An update (``ledger.update.plan``) needs to know which stored documents the index lacks or
holds with another content hash (the new and changed ones), which indexed documents are no
longer stored, and how many are stored. Until 2026-12-06 (scale74) it read every stored and
every indexed document's hash into two dictionaries and compared them in Python: a cost that
grew with the store (a tenth of adding one court report to 5,000, issue 15). Here the
database compares them (each side's primary key), and only the lagging rows come back; the
documents an update steps again have their hashes asked by id (``hashes_of``). The result is
the same sets the dictionaries gave.
"""

from __future__ import annotations

from dataclasses import dataclass

from corroborate.store.connection import Connection

__all__ = ["IndexLag", "hashes_of", "index_lag"]

# Well under SQLite's and PostgreSQL's limits on bound parameters (as ``store.index``).
_CHUNK = 500


@dataclass(frozen=True)
class IndexLag:
    """Where the stored index stands against the stored documents. ``indexed``: the index
    holds a document at all (else there is no index to update); ``unindexed``: each stored
    document the index lacks or holds with another content hash, with its stored hash;
    ``changed``: those of them the index holds (otherwise); ``removed``: the indexed
    documents no longer stored; ``stored``: how many documents are stored."""

    indexed: bool
    unindexed: dict[str, str]
    changed: frozenset[str]
    removed: frozenset[str]
    stored: int


def index_lag(db: Connection) -> IndexLag:
    """The documents the stored index lags behind (``IndexLag``), compared in the database."""
    indexed = bool(db.query("SELECT 1 FROM index_documents LIMIT 1"))
    rows = db.query(
        "SELECT d.id, d.content_hash, i.document_id FROM documents d"
        " LEFT JOIN index_documents i ON i.document_id = d.id"
        " WHERE i.document_id IS NULL OR i.content_hash <> d.content_hash"
    )
    removed = db.query(
        "SELECT i.document_id FROM index_documents i"
        " LEFT JOIN documents d ON d.id = i.document_id WHERE d.id IS NULL"
    )
    (count,) = db.query("SELECT COUNT(*) FROM documents")[0]
    return IndexLag(
        indexed,
        {r[0]: r[1] for r in rows},
        frozenset(r[0] for r in rows if r[2] is not None),
        frozenset(r[0] for r in removed),
        int(count),
    )


def hashes_of(db: Connection, document_ids: set[str]) -> dict[str, str]:
    """The stored content hash of each of ``document_ids`` that is stored, asked by id."""
    out: dict[str, str] = {}
    ordered = sorted(document_ids)
    for i in range(0, len(ordered), _CHUNK):
        chunk = ordered[i : i + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = db.query(f"SELECT id, content_hash FROM documents WHERE id IN ({marks})",
                        tuple(chunk))  # fmt: skip
        out.update((r[0], r[1]) for r in rows)
    return out
