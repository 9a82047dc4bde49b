"""The read ``scale.py`` times at each size: ``corroborate audit --format json`` on the store
with one article added, in this process (its wall seconds).

The other reads at several sizes are scripts of their own, run on the stores ``scale.py
--keep`` leaves: ``reads.py`` (``ledger``, ``audit``, ``entity`` and ``documents`` as a user
runs them, a process each, with peak memory) and ``web.py`` (p50 and p95 of
``/api/ledger?entity=`` and of document pages under ``corroborate serve``).

Split from ``scale.py`` (2026-12-05, scale68), the code unchanged (``audit_seconds`` was
``_audit``).
"""

from __future__ import annotations

import time

from typer.testing import CliRunner

from corroborate.cli import app

__all__ = ["audit_seconds"]


def audit_seconds(db: str) -> float:
    start = time.perf_counter()
    audit = CliRunner().invoke(app, ["audit", "--db", db, "--format", "json"])
    if audit.exit_code != 0:
        raise RuntimeError(f"audit failed: {audit.output}")
    return time.perf_counter() - start
