"""Applying the schema's migrations (``store.migrations``, the schema's history) to a
database: the missing ones in one transaction when a store is opened for writing, a check of
the version when it is opened read-only, and the time format the ``migrations`` table (and
the rest of the store) records.

Apart from the history so that the history, which grows by a step with every schema change,
is the one thing ``store.migrations`` holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from corroborate.errors import StoreError
from corroborate.store.connection import Connection
from corroborate.store.migrations import MIGRATIONS, Migration

__all__ = ["check_schema", "migrate", "now", "schema_version"]


def migrate(db: Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Apply the migrations ``db`` lacks, in order; returns the schema version it is now at.

    Raises StoreError when the database was made by a newer corroborate (it holds a version
    this one does not know): writing to it could break what that version relies on.
    """
    with db.transaction():
        db.execute(
            "CREATE TABLE IF NOT EXISTS migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        applied = {version for (version,) in db.query("SELECT version FROM migrations")}
        known = {m.version for m in migrations}
        unknown = sorted(applied - known)
        if unknown:
            raise StoreError(
                f"{db.url.shown}: schema version {unknown[-1]} is newer than this corroborate"
                f" knows ({max(known, default=0)}); upgrade corroborate to use this database"
            )
        for migration in sorted(migrations, key=lambda m: m.version):
            if migration.version in applied:
                continue
            for statement in migration.statements:
                db.execute(statement)
            if migration.backfill is not None:
                migration.backfill(db)
            db.execute(
                "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, now()),
            )
    return max(known | applied, default=0)


def check_schema(db: Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """For a read-only connection, which cannot migrate: the schema version, when it is exactly
    the one ``migrations`` make; else StoreError saying how to upgrade."""
    known = max((m.version for m in migrations), default=0)
    try:
        version = schema_version(db)
    except StoreError as err:
        # No migrations table: an empty database, or not corroborate's. Any other failure
        # (a file that cannot be opened) is its own error, not "schema version 0".
        if "no such table" not in str(err) and "does not exist" not in str(err):
            raise
        version = 0
    if version == known:
        return version
    if version > known:
        raise StoreError(
            f"{db.url.shown}: schema version {version} is newer than this corroborate knows"
            f" ({known}); upgrade corroborate to use this database"
        )
    raise StoreError(
        f"{db.url.shown}: schema version {version}, this corroborate needs {known}; run"
        " corroborate ingest (or corroborate info --db) on it once to upgrade it"
    )


def schema_version(db: Connection) -> int:
    """The highest migration applied to ``db`` (0 for an empty database)."""
    rows = db.query("SELECT MAX(version) FROM migrations")
    return int(rows[0][0] or 0)


def now() -> str:
    """The current UTC time as ISO 8601 text, to the second: the store's one time format."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()
