"""The server's cache of rendered pages and encoded JSON, bounded by bytes.

A bound by entries is no bound: every distinct ``?q=`` of a document page is an entry as large
as the document, so a few dozen requests to a 50 MB document once took a read-only server from
244 MB to 5 GB. Here the entries' sizes are summed and the least recently used go first; an
entry larger than a fraction of the whole is served but never kept, so one huge page cannot
empty the cache of everything else.
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

__all__ = ["CACHE_BYTES", "LARGEST_SHARE", "ByteBoundedCache", "size_of"]

T = TypeVar("T")
CACHE_BYTES = 64 * 1024 * 1024  # rendered pages and JSON bodies kept, all together
LARGEST_SHARE = 8  # an entry over CACHE_BYTES / LARGEST_SHARE is never kept


def size_of(value: Any) -> int:
    """What a cached value holds in memory: the text or bytes a page or a body is."""
    return sys.getsizeof(value)


class ByteBoundedCache:
    """Least-recently-used values under ``limit`` bytes in all; safe across threads."""

    def __init__(self, limit: int = CACHE_BYTES) -> None:
        self.limit = limit
        self._entries: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    @property
    def bytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._entries)

    def get_or_make(self, key: Hashable, make: Callable[[], T]) -> T:
        """The value kept under ``key``, else ``make()`` (kept when it fits)."""
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                value: T = found[0]
                return value
        value = make()
        size = size_of(value)
        if size > self.limit // LARGEST_SHARE:
            return value
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old[1]
            self._entries[key] = (value, size)
            self._bytes += size
            while self._bytes > self.limit:
                _, (_, dropped) = self._entries.popitem(last=False)
                self._bytes -= dropped
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0
