"""An update whose reader needs each report's share of some summed names
(``ledger.name_rows.RowsNeeded``) reads the rows of those names only and runs again with every
other name still summed (``ledger.reached.resolve_reached``), not every name's rows; the
result equals a rebuild. ``SUMMED_FROM`` is brought down to ``RARE_COMPANY`` as in
``test_summed_names`` (whose fixture and stores these tests share)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from corroborate.ledger import name_rows, reached
from corroborate.ledger.name_rows import RowsNeeded
from corroborate.resolve.blocking import Node
from corroborate.resolve.lone import RARE_COMPANY
from corroborate.store import Store
from tests.ledger.test_reached import _added, _doc, _person, _store
from tests.ledger.test_summed_names import summed_early  # noqa: F401  (a fixture)

# (summed_from, the summed names read by their rows) of each resolution, in order
Runs = list[tuple[int | None, frozenset[str]]]


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch, summed_early: list[int | None]) -> Iterator[Runs]:  # noqa: F811
    """Each scoped resolution's threshold and the summed names it read by their rows."""
    seen: Runs = []
    resolved = reached._resolved

    def noted(store: Store, dirty: set[str], summed_from: int | None, *rows_of: frozenset[Node]
              ) -> object:  # fmt: skip
        seen.append((summed_from, frozenset(n[1] for ns in rows_of for n in ns)))
        return resolved(store, dirty, summed_from, *rows_of)

    monkeypatch.setattr(reached, "_resolved", noted)
    yield seen


def _obioras(tmp_path: Path) -> Store:
    """Six reports naming "Ada Obiora" (more than ``RARE_COMPANY``: summed), one naming "Kemi
    Obiora", one naming "Tunde Bakare" and "Musa Bello" (each few reports' names)."""
    return _store(tmp_path, [
        *(_doc(f"s{i}", f"2022-01-0{i + 1}", _person("Ada Obiora")) for i in range(6)),
        _doc("s6", "2022-01-07", _person("Kemi Obiora")),
        _doc("s7", "2022-01-08", _person("Tunde Bakare"), _person("Musa Bello")),
    ])  # fmt: skip


def test_a_rival_beside_a_summed_candidate_reads_that_candidates_rows_only(
    tmp_path: Path, runs: Runs
) -> None:
    """Two new reports, one naming Kemi Obiora and one Ada Obiora: the lone word "Obiora"
    has two candidate groups, Ada's summed, and whether every report naming a rival names
    the winner too cannot be told from her sum (``reached_candidates._beside_only_kept``).
    The update runs again with Ada Obiora's rows read, no other name's (on the base code: a
    second run reading every name's rows), and equals a rebuild."""
    store = _obioras(tmp_path)
    runs.clear()
    kemi = _doc("n1", "2022-02-01", _person("Kemi Obiora"), _person("Musa Bello"))
    ada = _doc("n2", "2022-02-02", _person("Ada Obiora"))
    assert _added(store, kemi, ada) == "scoped"
    # ``_check``'s resolution and the update's: each from sums, then with her rows
    assert runs == [(RARE_COMPANY, frozenset()), (RARE_COMPANY, frozenset({"Ada Obiora"}))] * 2


def test_a_report_needing_no_summed_rows_runs_once(tmp_path: Path, runs: Runs) -> None:
    """Near miss: a new report naming Ada Obiora and Tunde Bakare alone (no other Obiora
    named anew): answered from the sums in one run."""
    store = _obioras(tmp_path)
    runs.clear()
    assert _added(store, _doc("n1", "2022-02-01", _person("Ada Obiora"),
                              _person("Tunde Bakare"))) == "scoped"  # fmt: skip
    assert runs == [(RARE_COMPANY, frozenset())] * 2


def test_a_reader_asking_for_rows_it_has_had_gets_every_names_rows(
    tmp_path: Path, runs: Runs, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where a reader still needs rows once the names it asked for are read (here made so:
    ``join_reached`` asks for the same name on every run), the update reads every name's
    rows, as before: it never loops, and still equals a rebuild."""
    store = _obioras(tmp_path)
    join = reached.join_reached

    def asking(*args: object, **kwargs: object) -> object:
        summed_from = args[5] if len(args) > 5 else kwargs.get("summed_from")
        if summed_from is not None:
            raise RowsNeeded({("person", "Ada Obiora")})
        return join(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reached, "join_reached", asking)
    runs.clear()
    assert _added(store, _doc("n1", "2022-02-01", _person("Ada Obiora"))) == "scoped"
    ada = frozenset({"Ada Obiora"})
    assert runs == [(RARE_COMPANY, frozenset()), (RARE_COMPANY, ada), (None, frozenset())] * 2


def test_stored_names_reads_the_rows_of_a_summed_name_asked_for(tmp_path: Path) -> None:
    """``stored_names`` with ``rows_of``: the name asked for comes as each report's share,
    the other summed name as its sum."""
    store = _store(tmp_path, [
        _doc(f"s{i}", f"2022-01-0{i + 1}", _person("Ada Obiora"), _person("Kemi Obiora"))
        for i in range(6)
    ])  # fmt: skip
    ada, kemi = ("person", "Ada Obiora"), ("person", "Kemi Obiora")
    docs, summed, _ = name_rows.stored_names(store, {ada, kemi}, set(), RARE_COMPANY)
    assert set(summed) == {ada, kemi} and docs == []
    docs, summed, _ = name_rows.stored_names(store, {ada, kemi}, set(), RARE_COMPANY, {ada})
    assert set(summed) == {kemi}
    assert sorted(d.id for d in docs) == [f"s{i}" for i in range(6)]
    assert all(d.counts.keys() == {ada} for d in docs)
