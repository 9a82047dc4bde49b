"""The migration that answers the update's first question from two small indexes: which stored
documents the index lacks or holds otherwise (issue 15).

Every update (``ledger.update.plan``, ``ledger.reached.resolve_reached``) and the check that
an index is current (``ledger.lookup``) read each stored document's content hash and each
indexed document's (``Store.document_hashes``, ``Store.indexed_hashes``). Both tables hold
big rows beside the hash (a report's text; a record's payload and steps), so reading the
hashes scanned every row of both: at 5,000 court reports ~0.023 of an addition's ~0.17 CPU-s,
growing with the store whatever the addition reaches. An index of (id, hash) holds the
two columns alone, and SQLite answers both reads from it (a covering index scan). No row
changes, so the index needs no rebuild, and the code fingerprint stays as it was.
"""

from __future__ import annotations

from corroborate.store.migration import Migration

__all__ = ["HASHES_COVERED"]

HASHES_COVERED = Migration(
    19,
    "content hashes read from their indexes alone",
    (
        "CREATE INDEX documents_hashes ON documents (id, content_hash)",
        "CREATE INDEX index_documents_hashes ON index_documents (document_id, content_hash)",
    ),
)
