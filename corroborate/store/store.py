"""The Store: documents with their extraction, and the ledger's derived records.

Every method that writes does so in one transaction: ``put_document`` stores or replaces one
document with its attributions and mentions, ``replace_derived`` swaps the derived tables whole.
A process killed at any point leaves the database as it was after the last commit.

Reads sort in Python rather than with ORDER BY on text: PostgreSQL orders text by the server's
locale and SQLite by code point, and both backends must read back identically.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from types import TracebackType
from typing import Any, Literal

from corroborate.errors import StoreError, UnknownDocumentError
from corroborate.ledger.corrections import Correction, CorrectionKind
from corroborate.records import Attribution, Claim, Document, EnforcementFigure, Ledger, Mention
from corroborate.store import rows as r
from corroborate.store.connection import Connection
from corroborate.store.corrections import add_correction, read_corrections, undo_correction
from corroborate.store.derived import (
    LedgerChange,
    add_ledger,
    principals_of_events,
    read_ledger,
    replace_ledger_part,
    replace_ledger_rows,
    write_ledger,
)
from corroborate.store.index import (
    IndexChange,
    IndexRows,
    add_index,
    replace_index,
    replace_index_part,
    stored_values,
    write_index,
)
from corroborate.store.index_reads import IndexReads
from corroborate.store.rows import StoredAttribution, StoredDocument
from corroborate.store.upgrade import now, schema_version

__all__ = ["COUNTED_TABLES", "DOCUMENT_TABLES", "PutResult", "Store", "Written"]

PutResult = Literal["added", "replaced", "unchanged"]
# How an update's ledger and index are written (``Store.update_indexed``).
Written = bool | set[str] | tuple[LedgerChange, IndexChange]

_DOCUMENT_COLUMNS = "id, url, outlet, published, title, text, content_hash, path, line, ingested_at"
# Counted by counts(), in this order; these four are also the keys of `corroborate info --db`.
COUNTED_TABLES = ("documents", "attributions", "entities", "allegations")
# What the per-document stage stored from each document: its rows go with it (ON DELETE
# CASCADE, ``migrations``). The ledger's rows and index rows that name a document are derived
# across documents and are rewritten by the ledger's update instead (``remove_indexed``).
DOCUMENT_TABLES = ("attributions", "mentions", "claims", "figures")


class Store(IndexReads):
    """An open evidence store. Use ``open_store(url)`` to get one, as a context manager.

    The reads of the ledger's index by key are ``IndexReads``' (``store.index_reads``)."""

    def __init__(self, db: Connection) -> None:
        self._db = db

    @property
    def url(self) -> str:
        """The database's URL as shown to users (any password replaced by ***)."""
        return self._db.url.shown

    @property
    def backend(self) -> str:
        """The backend: "sqlite" or "postgresql"."""
        return self._db.backend

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def schema_version(self) -> int:
        return schema_version(self._db)

    def change_marker(self) -> str:
        """A value that changes whenever another connection commits to the database: a cache
        of anything read from it is fresh while the marker is the same."""
        return self._db.change_marker()

    # --- documents and their extraction ------------------------------------------------

    def document_hash(self, document_id: str) -> str | None:
        """The content hash stored for ``document_id``, None when it is not stored.

        Compare with ``rows.content_hash(document, extractor)`` to skip unchanged documents
        before the slow extraction.
        """
        found = self._db.query("SELECT content_hash FROM documents WHERE id = ?", (document_id,))
        return str(found[0][0]) if found else None

    def put_document(
        self,
        document: Document,
        attributions: Sequence[Attribution],
        mentions: Sequence[Mention] = (),
        figures: Sequence[EnforcementFigure] = (),
        extractor: str = "",
        claims: Sequence[Claim] = (),
    ) -> PutResult:
        """Store ``document`` with its extraction (attributions, mentions, enforcement
        figures and claims), in one transaction; says what it did.

        "unchanged": the same content (``content_hash``), extracted by the same ``extractor``
        (``extract.extractor_id``), is already stored; nothing is written.
        "replaced": the id was stored with other content; its old row, attributions and
        mentions are deleted and the new ones written. "added": the id is new.

        Raises StoreError when a text holds what a database cannot store (see
        ``rows.unstorable``): callers that know the input's file and line check first.
        """
        problem = r.unstorable_field(document)
        if problem:
            raise StoreError(f"document {document.id!r}: {problem}; remove it from the input")
        digest = r.content_hash(document, extractor)
        with self._db.transaction():
            # Checked again inside the transaction: another process may have stored it since.
            stored = self.document_hash(document.id)
            if stored == digest:
                return "unchanged"
            if stored is not None:
                # ON DELETE CASCADE takes the old attributions, mentions and figures with it.
                self._db.execute("DELETE FROM documents WHERE id = ?", (document.id,))
            self._db.execute(
                f"INSERT INTO documents ({_DOCUMENT_COLUMNS})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document.id,
                    document.url,
                    document.outlet,
                    document.published,
                    document.title,
                    document.text,
                    digest,
                    document.path,
                    document.line,
                    now(),
                ),
            )
            found = list(attributions)
            ids = r.attribution_ids(document.id, found)
            rows = [
                r.attribution_row(id_, document, i, a)
                for i, (id_, a) in enumerate(zip(ids, found, strict=True))
            ]
            # The complaint column only when one complains (it defaults to 0), the facts' and
            # the speaker's only when one has them (else NULL): a store opened at a schema
            # older than the columns still takes documents, as for figures below.
            columns, width = r.ATTRIBUTION_COLUMNS_BEFORE_COMPLAINTS, 12
            parts = [slice(0, 12)]
            if any(a.complaint for a in found):
                columns, width = columns + r.ATTRIBUTION_COMPLAINT_COLUMNS, width + 1
                parts.append(slice(12, 13))
            if any(a.facts is not None for a in found):
                columns, width = columns + r.ATTRIBUTION_FACTS_COLUMNS, width + 3
                parts.append(slice(13, 16))
            if any(a.speaker is not None for a in found):
                columns, width = columns + r.ATTRIBUTION_SPEAKER_COLUMNS, width + 1
                parts.append(slice(16, 17))
            rows = [tuple(v for part in parts for v in row[part]) for row in rows]
            self._db.executemany(
                f"INSERT INTO attributions ({columns}) VALUES ({', '.join('?' * width)})",
                rows,
            )
            self._db.executemany(
                f"INSERT INTO mentions ({r.MENTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [r.mention_row(document.id, i, m) for i, m in enumerate(mentions)],
            )
            if figures:  # skipped when none: a store opened at an older schema has no table
                self._db.executemany(
                    f"INSERT INTO figures ({r.FIGURE_COLUMNS})"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [r.figure_row(document.id, i, f) for i, f in enumerate(figures)],
                )
            if claims:
                self._db.executemany(
                    f"INSERT INTO claims ({r.CLAIM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [r.claim_row(document.id, i, c) for i, c in enumerate(claims)],
                )
        return "added" if stored is None else "replaced"

    def documents(self) -> list[StoredDocument]:
        """Every stored document, sorted by id."""
        found = self._db.query(f"SELECT {_DOCUMENT_COLUMNS} FROM documents")
        return sorted((_document(row) for row in found), key=lambda d: d.document.id)

    def document(self, document_id: str) -> StoredDocument | None:
        found = self._db.query(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (document_id,)
        )
        return _document(found[0]) if found else None

    def attributions(self, document_id: str | None = None) -> list[StoredAttribution]:
        """Attributions of one document (or all), by document id, then in extraction order."""
        sql = f"SELECT {r.ATTRIBUTION_COLUMNS} FROM attributions"
        found = self._where(sql, document_id)
        found.sort(key=lambda row: (row[1], row[2]))
        return [r.attribution_from_row(row) for row in found]

    def complaints(self) -> list[StoredAttribution]:
        """The attributions whose content complains of unequal treatment (marked when they
        were extracted), by document id, then in extraction order: what the audit reads to
        find a group's contesting statements, however large the store (an index, no scan)."""
        found = self._db.query(
            f"SELECT {r.ATTRIBUTION_COLUMNS} FROM attributions WHERE complaint = 1"
        )
        found.sort(key=lambda row: (row[1], row[2]))
        return [r.attribution_from_row(row) for row in found]

    def mentions(self, document_id: str | None = None) -> list[tuple[str, Mention]]:
        """(document id, mention) of one document (or all), by document id, then as put."""
        found = self._where(f"SELECT {r.MENTION_COLUMNS} FROM mentions", document_id)
        found.sort(key=lambda row: (row[0], row[1]))
        return [r.mention_from_row(row) for row in found]

    def figures(self, document_id: str | None = None) -> list[EnforcementFigure]:
        """Enforcement figures of one document (or all), by document id, then in text order."""
        found = self._where(f"SELECT {r.FIGURE_COLUMNS} FROM figures", document_id)
        found.sort(key=lambda row: (row[0], row[1]))
        return [r.figure_from_row(row) for row in found]

    def claims(self, document_id: str | None = None) -> list[tuple[str, Claim]]:
        """(document id, claim) of one document (or all), by document id, then in text order."""
        found = self._where(f"SELECT {r.CLAIM_COLUMNS} FROM claims", document_id)
        found.sort(key=lambda row: (row[0], row[1]))
        return [r.claim_from_row(row) for row in found]

    def counts(self) -> dict[str, int]:
        """Rows per table: {"documents", "attributions", "entities", "allegations"}."""
        return {
            table: int(self._db.query(f"SELECT COUNT(*) FROM {table}")[0][0])
            for table in COUNTED_TABLES
        }

    # --- records derived across documents ------------------------------------------------

    def replace_ledger(self, ledger: Ledger) -> None:
        """Replace the stored entities, aliases, allegations and events with ``ledger``.

        The ledger is recomputed across all documents, so it is swapped as a whole, in one
        transaction: readers see the old ledger or the new one, never a mix.
        """
        with self._db.transaction():
            write_ledger(self._db, ledger)
            # A ledger stored without its index: the next update must rebuild ("no index").
            write_index(self._db, IndexRows())

    def corrections(self) -> list[Correction]:
        """Corrections by hand, undone ones included, in the order they were made."""
        return read_corrections(self._db)

    def add_correction(
        self, kind: CorrectionKind, data: dict[str, Any], reason: str, author: str
    ) -> Correction:
        with self._db.transaction():
            return add_correction(self._db, kind, data, reason, author)

    def undo_correction(self, correction_id: str) -> Correction:
        with self._db.transaction():
            return undo_correction(self._db, correction_id)

    def rebuild_ledger(self, build: Callable[[Store], Ledger]) -> None:
        """Replace the stored ledger with ``build(self)``, computed inside the write transaction.

        ``build`` reads the stored documents and derives the ledger from them. Reading and
        swapping under one write lock makes the ledger exactly a function of what is stored:
        read outside it, another ingest could commit a document between the reads and the
        swap, and this slower rebuild would then replace the ledger that included it with one
        that does not (two concurrent ingests, both exiting 0, one document's allegations
        missing). Other writers wait while it builds; readers never do.
        """
        with self._db.transaction():
            write_ledger(self._db, build(self))
            write_index(self._db, IndexRows())  # as ``replace_ledger``

    def rebuild_indexed(self, build: Callable[[Store], tuple[Ledger, IndexRows]]) -> None:
        """``rebuild_ledger``, storing the ledger's index (``ledger.index``) with it."""
        with self._db.transaction():
            ledger, index = build(self)
            write_ledger(self._db, ledger)
            write_index(self._db, index)

    def update_indexed(self, work: Callable[[Store], tuple[Ledger, IndexRows, Written]]) -> None:
        """Like ``rebuild_indexed``, in one write transaction. ``work`` says how its ledger
        and index are written: True, they replace the stored ones (a full rebuild); False,
        they are added to them (an update's new rows, none of them stored); a set of
        document ids, they are whole and only what differs is written, the per-document
        index rows of those documents only (an update that reused the others' records); a
        ``LedgerChange`` and an ``IndexChange``, they are the new values of the entities,
        allegations and index rows those name, which replace the stored ones (an update by
        delta)."""
        with self._db.transaction():
            ledger, index, how = work(self)
            self._write_update(ledger, index, how)

    def _write_update(self, ledger: Ledger, index: IndexRows, how: Written) -> None:
        """Write an update's ledger and index as ``how`` says (``update_indexed``); the
        caller holds the transaction."""
        if isinstance(how, tuple):
            replace_ledger_part(self._db, ledger, how[0])
            replace_index_part(self._db, index, how[1])
        elif how is True:
            write_ledger(self._db, ledger)
            write_index(self._db, index)
        elif how is False:
            add_ledger(self._db, ledger)
            add_index(self._db, index)
        else:
            replace_ledger_rows(self._db, ledger)
            replace_index(self._db, index, how)

    def remove_indexed(
        self,
        document_ids: Collection[str],
        work: Callable[[Store], tuple[Ledger, IndexRows, Written]],
        *,
        commit: bool = True,
        written: Callable[[Store], None] | None = None,
    ) -> dict[str, int]:
        """Delete documents with everything stored from them (``DOCUMENT_TABLES``), then
        bring the ledger and its index up to date with ``work`` (as ``update_indexed``), in
        one write transaction: no reader ever sees the documents gone and the ledger still
        holding them, and a failure anywhere leaves the store as it was. Returns the rows
        deleted per table ("documents" first).

        Raises UnknownDocumentError, deleting nothing, when one of the ids is not stored
        (checked inside the transaction: another process may have removed it since).
        ``commit=False`` does all of it and rolls it back (``corroborate remove --dry-run``:
        what would change, computed by the same code)."""
        ids = sorted(set(document_ids))
        rows: dict[str, int] = {}
        try:
            with self._db.transaction():
                found = stored_values(self._db, "documents", "id", set(ids)) if ids else set()
                if missing := [i for i in dict.fromkeys(document_ids) if i not in found]:
                    raise UnknownDocumentError(missing, self.url)
                rows["documents"] = len(ids)
                for table in DOCUMENT_TABLES:
                    rows[table] = self._count_where_in(table, "document_id", ids)
                for i in range(0, len(ids), _CHUNK):
                    chunk = ids[i : i + _CHUNK]
                    marks = ", ".join("?" * len(chunk))
                    # ON DELETE CASCADE takes the rows of DOCUMENT_TABLES with them.
                    self._db.execute(f"DELETE FROM documents WHERE id IN ({marks})", tuple(chunk))
                ledger, index, how = work(self)
                self._write_update(ledger, index, how)
                if written is not None:
                    written(self)
                if not commit:
                    raise _RolledBack
        except _RolledBack:
            pass
        return rows

    def _count_where_in(self, table: str, column: str, values: list[str]) -> int:
        total = 0
        for i in range(0, len(values), _CHUNK):
            chunk = values[i : i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            found = self._db.query(
                f"SELECT COUNT(*) FROM {table} WHERE {column} IN ({marks})", tuple(chunk)
            )
            total += int(found[0][0])
        return total

    def document_list(self) -> list[tuple[str, str | None, str | None, str | None]]:
        """(id, published, outlet, title) of every stored document, by id, without the texts
        (``corroborate documents``)."""
        rows = self._db.query("SELECT id, published, outlet, title FROM documents")
        return sorted((r[0], r[1], r[2], r[3]) for r in rows)

    def document_heads(self) -> list[tuple[str, str | None, str]]:
        """(id, published, content hash) of every stored document, by id, without the texts."""
        rows = self._db.query("SELECT id, published, content_hash FROM documents")
        return sorted((r[0], r[1], r[2]) for r in rows)

    def published(self, document_ids: Collection[str]) -> dict[str, str | None]:
        """The publication date of each of ``document_ids`` that is stored (point look-ups:
        an update orders the few documents it reads without listing the store)."""
        ids = sorted(set(document_ids))
        out: dict[str, str | None] = {}
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            for row in self._db.query(
                f"SELECT id, published FROM documents WHERE id IN ({marks})", tuple(chunk)
            ):
                out[row[0]] = row[1]
        return out

    def principals_of_events(self, document_ids: set[str]) -> dict[str, str]:
        """Stored allegations with an event from one of ``document_ids``: id -> principal."""
        return principals_of_events(self._db, document_ids) if document_ids else {}

    def document_hashes(self) -> dict[str, str]:
        """Each stored document's content hash, by id (without reading the texts)."""
        return {r[0]: r[1] for r in self._db.query("SELECT id, content_hash FROM documents")}

    def ledger(self) -> Ledger:
        """The ledger as last stored, in canonical order (``Ledger.canonical``; empty if none)."""
        return read_ledger(self._db)

    def _where(self, sql: str, document_id: str | None) -> list[Any]:
        if document_id is None:
            return self._db.query(sql)
        return self._db.query(sql + " WHERE document_id = ?", (document_id,))


# Well under SQLite's and PostgreSQL's limits on bound parameters.
_CHUNK = 500


class _RolledBack(Exception):
    """Raised inside a transaction to roll it back on purpose (a dry run); never escapes."""


def _document(row: tuple[Any, ...]) -> StoredDocument:
    id_, url, outlet, published, title, text, digest, path, line, ingested_at = row
    document = Document(id_, text, url, outlet, published, title, path, line)
    return StoredDocument(document=document, content_hash=digest, ingested_at=ingested_at)
