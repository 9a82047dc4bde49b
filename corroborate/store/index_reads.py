"""The store's reads of the ledger's index (``store.index``'s tables): what an update reads by
key to find the stored names, records and readers an addition reaches, without reading the
ledger or the documents whole.

A mixin of ``store.store.Store``, apart from it because it is one concept (the index as the
update reads it) and the Store's documents, writes and transactions are another; every method
reads through the store's one connection (``_db``), inside whatever transaction it holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from corroborate.store.connection import Connection
from corroborate.store.index import (
    document_forms,
    document_refs,
    documents_reading,
    index_pairs,
    index_payloads,
    index_steps,
    index_table_rows,
    readers,
    reports_naming,
    reports_naming_each,
    rows_where,
    stored_values,
)
from corroborate.store.index_state import IndexState, index_state

__all__ = ["IndexReads"]


class IndexReads:
    """Reads of the stored index by key (``Store`` inherits them)."""

    _db: Connection

    def stored_values(self, table: str, column: str, values: set[str]) -> set[str]:
        """Which of ``values`` ``table.column`` holds (``store.index.stored_values``)."""
        return stored_values(self._db, table, column, values) if values else set()

    def index_state(self) -> IndexState:
        """The stored documents the index lacks or holds otherwise, as the database compares
        them (``store.index_state``): an update's first question, without reading every hash."""
        return index_state(self._db)

    def index_rows_where(self, table: str, column: str, values: set[str]) -> list[tuple[Any, ...]]:
        """The rows of an index table whose ``column`` is one of ``values``, every column in
        ``store.index``'s order (``store.index.rows_where``): point look-ups by name."""
        if not values:
            return []
        return [tuple(r) for r in rows_where(self._db, table, column, values)]

    def index_keys_like(self, patterns: tuple[str, ...]) -> list[tuple[Any, ...]]:
        """The ``index_keys`` rows whose key is LIKE one of ``patterns`` (a kind of key:
        "reversed:%")."""
        where = " OR ".join("key LIKE ?" for _ in patterns)
        rows = self._db.query(f"SELECT key, looks, node, component FROM index_keys WHERE {where}",
                              patterns)  # fmt: skip
        return [tuple(r) for r in rows]

    def index_code(self) -> str | None:
        """The fingerprint of the code that made the stored index (None: no index)."""
        rows = self._db.query("SELECT value FROM index_meta WHERE name = 'code'")
        return str(rows[0][0]) if rows else None

    def reports_naming(self, nodes: set[str], at_most: int) -> set[str]:
        """Up to ``at_most`` of the indexed documents whose mentions name one of ``nodes``
        (node references; ``store.index.reports_naming``)."""
        return reports_naming(self._db, nodes, at_most) if nodes else set()

    def reports_naming_each(self, nodes_of: Mapping[str, set[str]],
                            at_most: int) -> dict[str, set[str]]:  # fmt: skip
        """``reports_naming`` of each of ``nodes_of``'s node sets, read together
        (``store.index.reports_naming_each``)."""
        return reports_naming_each(self._db, nodes_of, at_most)

    def stored_words(self, words: set[str], kind: str) -> set[str]:
        """Which of ``words`` the index holds as people's names' words of ``kind``
        (``index_words``: "lone" or "end")."""
        found: set[str] = set()
        ordered = sorted(words)
        for i in range(0, len(ordered), 500):
            chunk = ordered[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self._db.query(
                f"SELECT DISTINCT word FROM index_words WHERE kind = ? AND word IN ({marks})",
                (kind, *chunk),
            )
            found |= {r[0] for r in rows}
        return found

    def index_table(self, table: str) -> dict[str, str]:
        """A two-column index table read whole (``store.index.index_pairs``)."""
        return index_pairs(self._db, table)

    def index_payloads(self, document_ids: set[str] | None = None) -> dict[str, str]:
        """Each indexed document's stored record (``index_documents.payload``), of the
        documents ``document_ids`` names, or of all."""
        return index_payloads(self._db, document_ids)

    def index_steps(self, document_ids: set[str]) -> dict[str, str]:
        """What regrouping reads of the stored records of ``document_ids`` (their date, steps
        and groups as JSON, ``index_documents.steps``)."""
        return index_steps(self._db, document_ids) if document_ids else {}

    def documents_reading(self, refs: set[str]) -> set[str]:
        """The indexed documents with one of ``refs`` among their references (``index_refs``)."""
        return documents_reading(self._db, refs) if refs else set()

    def readers(self, refs: set[str]) -> list[tuple[str, str]]:
        """(ref, document id) of the indexed documents reading one of ``refs``."""
        return readers(self._db, refs) if refs else []

    def document_refs(self, document_ids: set[str]) -> list[tuple[str, str]]:
        """(ref, document id) of every reference the index holds of ``document_ids``."""
        return document_refs(self._db, document_ids) if document_ids else []

    def document_forms(self, document_ids: set[str] | None = None) -> dict[str, str]:
        """Each indexed document's short forms and acronyms as JSON (``index_documents``), of
        the documents ``document_ids`` names, or of all."""
        return document_forms(self._db, document_ids)

    def index_table_rows(self, table: str) -> list[tuple[Any, ...]]:
        """Every row of an index table of names (``store.index.index_table_rows``)."""
        return index_table_rows(self._db, table)

    def indexed_hashes(self) -> dict[str, str]:
        """Each document of the stored index with the content hash it was indexed from."""
        rows = self._db.query("SELECT document_id, content_hash FROM index_documents")
        return {r[0]: r[1] for r in rows}
