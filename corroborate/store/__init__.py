"""The evidence store: one schema on SQLite (the default) or PostgreSQL, behind one interface.

::

    from corroborate.store import open_store

    with open_store("corroborate.db") as store:           # or "postgresql://user@host/db"
        if store.document_hash(doc.id) != content_hash(doc, extractor_id(nlp)):
            store.put_document(doc, attributions, mentions, extractor=extractor_id(nlp))
        store.replace_ledger(ledger)                       # records.Ledger, rebuilt whole
        print(store.counts())

Opening a store creates the database file if needed and applies the schema's migrations
(``store.migrations``, by ``store.upgrade``). See ``store.store.Store`` for every method,
``store.rows`` and ``store.derived`` for how records become rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from corroborate.errors import ReadOnlyStoreError
from corroborate.store.connection import connect
from corroborate.store.migrations import MIGRATIONS, Migration
from corroborate.store.rows import (
    StoredAttribution,
    StoredDocument,
    content_hash,
    unstorable,
    unstorable_field,
)
from corroborate.store.store import COUNTED_TABLES, PutResult, Store
from corroborate.store.upgrade import check_schema, migrate
from corroborate.store.url import StoreURL, parse_url, redact

__all__ = [
    "COUNTED_TABLES",
    "PutResult",
    "Store",
    "StoreURL",
    "StoredAttribution",
    "StoredDocument",
    "content_hash",
    "open_for_reading",
    "open_store",
    "parse_url",
    "redact",
    "unstorable",
    "unstorable_field",
]


def open_store(
    url: str,
    *,
    create: bool = True,
    read_only: bool = False,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> Store:
    """Open the store at ``url`` (a file name, ``sqlite:///...`` or ``postgresql://...``).

    Applies missing migrations before returning. With ``create=False`` a missing SQLite file
    raises StoreError instead of being created (for commands that only read). With
    ``read_only`` the database refuses every write (see ``connection.connect``); it is not
    created nor migrated, and must already be at the current schema version. ``migrations``
    is for tests that need a database at an older schema version.
    """
    db = connect(parse_url(url), create=create, read_only=read_only)
    try:
        if read_only:
            check_schema(db, migrations)
        else:
            migrate(db, migrations)
    except BaseException:
        db.close()
        raise
    return Store(db)


def open_for_reading(url: str) -> Store:
    """Open an existing store for a command that only reads (info, ledger, audit, entity, export).

    As ``open_store(url, create=False)``: missing migrations are applied. A database this
    user cannot write (a read-only file or folder: archived evidence) is opened read-only
    instead, and must then already be at the current schema version.
    """
    try:
        return open_store(url, create=False)
    except ReadOnlyStoreError:
        return open_store(url, read_only=True)
