"""One small connection interface over sqlite3 and psycopg 3.

SQL is written once, with ``?`` placeholders and portable types (TEXT, INTEGER); the PostgreSQL
connection turns ``?`` into psycopg's ``%s``. Both connections run in autocommit mode and open
transactions explicitly, so that a transaction is exactly one ``with transaction():`` block.

Writers are serialised across processes on both backends (SQLite: BEGIN IMMEDIATE; PostgreSQL:
a transaction-scoped advisory lock), so two ingests into one database queue rather than fail on
a duplicate key. Readers are never blocked.

Every driver error becomes a StoreError whose message names the database and says what to do.
"""

from __future__ import annotations

import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from corroborate.errors import ReadOnlyStoreError, StoreError
from corroborate.store.url import MEMORY, StoreURL

Row = tuple[Any, ...]
Params = Sequence[Any]

# Any constant works; this one is "corroborate" on a phone keypad, unlikely to clash with
# another application's advisory locks in a shared database.
_WRITER_LOCK = 2677672867283
# How long a writer waits for another writer before giving up, in seconds.
BUSY_TIMEOUT_S = 60


class Connection(ABC):
    """An open database: statements, queries and explicit transactions."""

    backend: str

    def __init__(self, url: StoreURL) -> None:
        self.url = url
        self._in_transaction = False

    @abstractmethod
    def execute(self, sql: str, params: Params = ()) -> None: ...

    @abstractmethod
    def executemany(self, sql: str, rows: Iterable[Params]) -> None: ...

    @abstractmethod
    def query(self, sql: str, params: Params = ()) -> list[Row]: ...

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[None]: ...

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def change_marker(self) -> str:
        """A value that changes whenever another connection commits a change (for caches)."""

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction: committed when the block ends, rolled back if it raises."""
        if self._in_transaction:
            raise RuntimeError("transactions do not nest")  # a bug in the caller, not the user
        self._in_transaction = True
        try:
            with self._transaction():
                yield
        finally:
            self._in_transaction = False


class SQLiteConnection(Connection):
    backend = "sqlite"

    def __init__(self, url: StoreURL, *, create: bool, read_only: bool = False) -> None:
        super().__init__(url)
        path = url.target
        if path != MEMORY and (read_only or not create) and not Path(path).is_file():
            raise StoreError(
                f"{url.shown}: no such database; run corroborate ingest first, or pass --db"
            )
        # A read-only URI makes SQLite itself refuse every write, whatever the caller does.
        target = _read_only_uri(path) if read_only and path != MEMORY else path
        with _sqlite_errors(url):
            self._db = _sqlite_connect(target, uri=target != path)
            if read_only and path != MEMORY and not _can_read(self._db):
                # A WAL-mode database needs its -shm file, which a reader creates beside it:
                # in a folder this user cannot write (archived evidence, a read-only mount)
                # it cannot, and even mode=ro fails ("attempt to write a readonly
                # database"). With no write-ahead log to read, the file alone is the whole
                # database: open it as immutable, which needs neither -shm nor locks.
                self._db.close()
                _check_no_pending_log(url, Path(path))
                self._db = _sqlite_connect(target + "&immutable=1", uri=True)
            self._db.execute("PRAGMA foreign_keys = ON")
            if path != MEMORY and not read_only:  # the journal mode is the writers' business
                # WAL: readers (Datasette, `info`) work during an ingest, and a killed writer
                # leaves the last committed state. NORMAL sync is safe against a killed process
                # (only an OS crash can lose the last commits, never corrupt the file).
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")

    def execute(self, sql: str, params: Params = ()) -> None:
        with _sqlite_errors(self.url):
            self._db.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        with _sqlite_errors(self.url):
            self._db.executemany(sql, rows)

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        with _sqlite_errors(self.url):
            return self._db.execute(sql, params).fetchall()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # IMMEDIATE takes the write lock now, so two writers queue instead of deadlocking.
        self.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.rollback()
            raise
        self.execute("COMMIT")

    def close(self) -> None:
        self._db.close()

    def change_marker(self) -> str:
        # data_version changes when any other connection commits to the file; this one's own
        # commits do not count, which is right for a cache in front of a read-only connection.
        return str(self.query("PRAGMA data_version")[0][0])


def _sqlite_connect(target: str, *, uri: bool) -> sqlite3.Connection:
    # isolation_level=None: no implicit transactions; transaction() says BEGIN itself.
    # check_same_thread=False: a web server shares one connection between its worker
    # threads, taking turns under its own lock.
    return sqlite3.connect(
        target,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_S,
        uri=uri,
        check_same_thread=False,
    )


def _can_read(db: sqlite3.Connection) -> bool:
    """Whether a read-only connection can read: SQLite opens files lazily, at the first read."""
    try:
        db.execute("SELECT COUNT(*) FROM sqlite_master").fetchall()
    except sqlite3.OperationalError as err:
        if "readonly" in str(err) or "unable to open" in str(err):
            return False
        raise
    return True


def _check_no_pending_log(url: StoreURL, path: Path) -> None:
    """Refuse to read a database as immutable when its write-ahead log holds commits."""
    log = path.with_name(path.name + "-wal")
    if log.exists() and log.stat().st_size > 0:
        raise StoreError(
            f"{url.shown}: its write-ahead log ({log.name}) holds changes that this user"
            " cannot read without write access to the folder; have its owner run"
            f" sqlite3 {path.name} 'PRAGMA wal_checkpoint(TRUNCATE)', or copy both files"
            " to a folder you can write"
        )


def _read_only_uri(path: str) -> str:
    # Percent-encoding keeps "?" and "#" in file names from being read as URI syntax.
    return "file:" + quote(str(Path(path).resolve())) + "?mode=ro"


@contextmanager
def _sqlite_errors(url: StoreURL) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as err:
        raise _sqlite_error(url, err) from err


def _sqlite_error(url: StoreURL, err: sqlite3.Error) -> StoreError:
    message = str(err)
    # An existing file SQLite cannot open for writing (its folder forbids the -wal and -shm
    # files, say) is as read-only as one that refuses a write.
    read_only = "readonly" in message or (
        "unable to open" in message and url.target != MEMORY and Path(url.target).is_file()
    )
    error = ReadOnlyStoreError if read_only else StoreError
    return error(f"{url.shown}: {message}; {_sqlite_hint(message)}")


def _sqlite_hint(message: str) -> str:
    if "not a database" in message:
        return "this file is not an SQLite database; pass another --db"
    if "unable to open" in message:
        return "check that the folder exists and is writable"
    if "locked" in message or "busy" in message:
        return "another program is writing to it; wait for it to finish and run this again"
    if "readonly" in message:
        return "check the file's and its folder's permissions"
    if "malformed" in message or "corrupt" in message:
        return "the file is damaged; restore it from a backup or ingest into a new --db"
    return "check the database file, or ingest into a new --db"


class PostgresConnection(Connection):
    backend = "postgresql"

    def __init__(self, url: StoreURL, *, read_only: bool = False) -> None:
        super().__init__(url)
        import psycopg  # only PostgreSQL users pay for the import

        self._psycopg = psycopg
        try:
            self._db = psycopg.connect(url.target, autocommit=True, connect_timeout=10)
        except psycopg.Error as err:
            raise StoreError(
                f"cannot connect to {url.shown}: {_first_line(err)}; check that the server is"
                " running and the URL's user, password, host, port and database"
            ) from err
        if read_only:
            # Every transaction of this session, autocommitted statements included, is then
            # read-only: the server refuses writes.
            self.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")

    def execute(self, sql: str, params: Params = ()) -> None:
        with self._errors():
            self._db.execute(_pg(sql), params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        with self._errors(), self._db.cursor() as cursor:
            cursor.executemany(_pg(sql), rows)

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        with self._errors():
            return self._db.execute(_pg(sql), params).fetchall()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._errors(), self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITER_LOCK,))
            yield

    def close(self) -> None:
        self._db.close()

    def change_marker(self) -> str:
        # One past the newest committed transaction id of the cluster: any commit that wrote
        # anything moves it (read-only transactions take no id), so a cache keyed on it is
        # never stale; writes to other databases merely refresh it needlessly.
        return str(self.query("SELECT pg_snapshot_xmax(pg_current_snapshot())")[0][0])

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except self._psycopg.Error as err:
            raise StoreError(
                f"{self.url.shown}: {_first_line(err)}; check the server's log, or ingest into"
                " a new database"
            ) from err


def _pg(sql: str) -> str:
    # Our SQL holds no literal "?" or "%", so a plain replace is exact.
    return sql.replace("?", "%s")


def _first_line(err: Exception) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def connect(url: StoreURL, *, create: bool = True, read_only: bool = False) -> Connection:
    """Open ``url``; with ``create=False`` a missing SQLite file is an error, not a new file.

    With ``read_only`` the database itself refuses writes (SQLite: a ``mode=ro`` URI;
    PostgreSQL: read-only transactions for the session), and a missing file is an error.
    """
    if url.backend == "postgresql":
        return PostgresConnection(url, read_only=read_only)
    return SQLiteConnection(url, create=create, read_only=read_only)
