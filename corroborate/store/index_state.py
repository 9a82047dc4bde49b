"""Which stored documents the ledger's index lacks or holds otherwise, asked of the database
instead of read as two maps of every document's hash (issue 15).

An update (``ledger.update.plan``) first asks which stored documents are new or changed
(their content hash is not the one the index was made from) and whether an indexed document
changed or was removed. Read as two maps of every id and hash (``Store.document_hashes``,
``Store.indexed_hashes``), that was 10,000 rows built into Python at 5,000 reports, whatever
the addition reaches. Here the database compares the two (an anti-join on the covering
indexes of migration 19, ``store.hash_indexes``) and returns only the documents that differ;
how many each table holds is counted, and the indexed documents not stored as indexed are
listed only where the counts say there are some. The few documents an update steps again
have their hashes read by id (``DocumentHashes``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from corroborate.store.connection import Connection

__all__ = ["DocumentHashes", "IndexState", "index_state"]

# Well under SQLite's and PostgreSQL's limits on bound parameters.
_CHUNK = 500


class DocumentHashes(Mapping[str, str]):
    """Each stored document's content hash by id, read from the store when asked (and kept):
    an update asks for the few documents it adds or steps again. Its length is counted, not
    read; iterating it reads every id (nothing in an update does)."""

    def __init__(self, db: Connection, count: int) -> None:
        self._db = db
        self._count = count
        self._read: dict[str, str | None] = {}  # None: asked, not stored

    def read(self, ids: set[str]) -> None:
        """Read the hashes of ``ids`` not asked yet, in one query per 500 ids."""
        ordered = sorted(i for i in ids if i not in self._read)
        for i in range(0, len(ordered), _CHUNK):
            chunk = ordered[i : i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = self._db.query(
                f"SELECT id, content_hash FROM documents WHERE id IN ({marks})", tuple(chunk)
            )
            found = {r[0]: r[1] for r in rows}
            self._read.update({d: found.get(d) for d in chunk})

    def __getitem__(self, document_id: str) -> str:
        self.read({document_id})
        found = self._read[document_id]
        if found is None:
            raise KeyError(document_id)
        return found

    def __contains__(self, document_id: object) -> bool:
        return isinstance(document_id, str) and self.get(document_id) is not None

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[str]:
        return iter(r[0] for r in self._db.query("SELECT id FROM documents"))


@dataclass(frozen=True)
class IndexState:
    """The stored documents against the index. ``dirty``: stored documents whose content hash
    the index does not hold for them (new or changed); ``gone``: indexed documents not stored
    with the hash they were indexed from (changed or removed; the removed ones are those not
    ``dirty``); ``indexed``: how many documents the index holds (0: no index)."""

    stored: DocumentHashes
    dirty: set[str]
    gone: set[str]
    indexed: int


def index_state(db: Connection) -> IndexState:
    """The stored documents against the index, the differing ones listed by the database."""
    dirty = {
        r[0]
        for r in db.query(
            "SELECT d.id FROM documents d LEFT JOIN index_documents i"
            " ON i.document_id = d.id AND i.content_hash = d.content_hash"
            " WHERE i.document_id IS NULL"
        )
    }
    stored, indexed = db.query(
        "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM index_documents)"
    )[0]
    gone: set[str] = set()
    # The indexed documents stored as indexed are the stored ones not dirty: any more
    # indexed documents changed or were removed.
    if indexed > stored - len(dirty):
        gone = {
            r[0]
            for r in db.query(
                "SELECT i.document_id FROM index_documents i LEFT JOIN documents d"
                " ON d.id = i.document_id AND d.content_hash = i.content_hash"
                " WHERE d.id IS NULL"
            )
        }
    return IndexState(DocumentHashes(db, int(stored)), dirty, gone, int(indexed))
