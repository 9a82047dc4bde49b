"""``store.index.reports_naming_each`` reads at most ``at_most`` reports of each name asked:
what SQLite does to answer it does not grow with the reports naming the name (issue 15: an
update asks it of the names its reached reports' company holds, some of which every report
of a growing store names). Invented names and documents only."""

from __future__ import annotations

from pathlib import Path

from corroborate.records import Ledger
from corroborate.store import Store, open_store
from corroborate.store.index import IndexRows

_OFTEN = "person\tTamsin Okoro"  # named by many reports
_SELDOM = "person\tIlse Varga"  # named by three


def _stored(path: Path, often: int) -> Store:
    rows = IndexRows()
    rows.tables["index_mentioned"] = [
        (f"r{i:05d}", None, _OFTEN, 1, 0) for i in range(often)
    ] + [(f"s{i}", None, _SELDOM, 1, 0) for i in range(3)]  # fmt: skip
    rows.named = {r[0] for r in rows.tables["index_mentioned"]}
    store = open_store(str(path))
    store.update_indexed(lambda s: (Ledger(), rows, True))
    return store


def _steps(store: Store, at_most: int) -> tuple[dict[str, set[str]], int]:
    """The answer and the SQLite virtual machine's steps it took (counted in hundreds)."""
    raw = store._db._db  # type: ignore[attr-defined]  # tests only: SQLite's own counter
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    raw.set_progress_handler(count, 100)
    try:
        found = store.reports_naming_each({"often": {_OFTEN}, "seldom": {_SELDOM}}, at_most)
    finally:
        raw.set_progress_handler(None, 100)
    return found, steps[0]


def test_the_reads_stop_at_as_many_reports_as_asked(tmp_path: Path) -> None:
    """A name 50 reports name and one 5,000 name cost SQLite about the same (both stop after
    the first five by id); the answers are the first reports by id, and the seldom-named
    name's every report."""
    with _stored(tmp_path / "few.db", 50) as few, _stored(tmp_path / "many.db", 5000) as many:
        small, few_steps = _steps(few, 5)
        large, many_steps = _steps(many, 5)
    expected = {f"r{i:05d}" for i in range(5)}
    assert small == large == {"often": expected, "seldom": {"s0", "s1", "s2"}}
    # every report of the often-named name read and numbered would be ~100 times the steps
    assert many_steps <= few_steps + 2
