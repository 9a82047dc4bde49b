"""``paused_gc()``: Python's cyclic garbage collector paused while the ledger is computed.

A ledger update or rebuild allocates millions of small objects that live until it ends (every
stored mention, name, key and record), and the collector walks them again and again as they
pile up: measured at 0.7-1.3 CPU-s of a 4.4 s update on the 840-article PolNeAR train store
(docs/scale.md, "constant of the update"). Almost nothing they hold is cyclic, so reference
counting frees it all the same; a cycle made meanwhile is collected after, when the collector
runs again. Nothing decided depends on when memory is freed.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc"]


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic collection inside; the collector as it was after (left off if it was off)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
