"""One numbered step of the schema (``store.migrations`` lists them in order): its own module so
that the steps can be written in more than one module without importing each other."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from corroborate.store.connection import Connection

__all__ = ["Migration"]


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]
    # Python run after the statements, in the same transaction: for a column whose value
    # the stored rows already determine (the rows written before it existed get it too).
    backfill: Callable[[Connection], None] | None = None
