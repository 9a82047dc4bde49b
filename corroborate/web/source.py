"""The server's one connection to the store, and the caches in front of it.

Every request asks ``current()`` for the snapshot: one cheap query (the store's change
marker) decides whether the cached one still holds; when another process has committed (an
ingest), the snapshot is read again, once, whoever asks first. Rendered pages and encoded
JSON are cached by (marker, key) the same way, so a page read twice costs a dictionary look-up.

The connection is read-only unless the server was started with writes enabled; it is shared
by the server's worker threads, one at a time under a lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from corroborate.store import Store, StoredAttribution, open_store
from corroborate.web.cache import ByteBoundedCache
from corroborate.web.snapshot import Snapshot

T = TypeVar("T")


class LedgerSource:
    """The store at ``url``, opened read-only unless ``writable``."""

    def __init__(self, url: str, *, writable: bool = False) -> None:
        self.url = url
        self.writable = writable
        self._store: Store = open_store(url, read_only=not writable, create=writable)
        self._lock = threading.Lock()
        self._reading = threading.Lock()  # one snapshot read at a time
        self._snapshot: Snapshot | None = None
        self.cache = ByteBoundedCache()

    @property
    def shown_url(self) -> str:
        return self._store.url

    def close(self) -> None:
        with self._lock:
            self._store.close()

    def marker(self) -> str:
        with self._lock:
            return self._store.change_marker()

    def current(self) -> Snapshot:
        """The snapshot at the store's current change marker (read again when it moved)."""
        marker = self.marker()
        snapshot = self._snapshot
        if snapshot is not None and snapshot.marker == marker:
            return snapshot
        with self._reading:
            snapshot = self._snapshot
            if snapshot is None or snapshot.marker != marker:
                with self._lock:
                    snapshot = Snapshot.read(self._store, marker)
                self._snapshot = snapshot
                self.cache.clear()
        return snapshot

    def attributions(self, document_id: str) -> list[StoredAttribution]:
        with self._lock:
            return self._store.attributions(document_id)

    def with_store(self, read: Callable[[Store], T]) -> T:
        """Run ``read`` on the server's connection (for readers outside this module)."""
        with self._lock:
            return read(self._store)

    def cached(self, snapshot: Snapshot, key: Any, make: Callable[[], T]) -> T:
        """``make()``, remembered under ``key`` while the store does not change."""
        return self.cache.get_or_make((snapshot.marker, key), make)
