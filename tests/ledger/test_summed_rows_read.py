"""A reader of an update that cannot answer from a summed name's sum (whether every report
naming a rival names the winner too, ``reached_candidates``; which stored reports name a
regrouped group holding a summed name, ``reached_lone``) reads that name's reports from its
rows where it stands (``ledger.name_rows.SummedReports``), and the scoped resolution runs
once, not again from every name's rows; the update still equals a rebuild (``_added``).
``SUMMED_FROM`` is brought down to ``RARE_COMPANY`` as in ``test_summed_names``, whose
fixture counts the runs (on 384dc884 each positive case ran twice, the second time with
``None``: every name's rows)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from corroborate.ledger import name_rows
from corroborate.ledger.name_rows import SummedReports
from corroborate.resolve.blocking import Node
from corroborate.resolve.lone import RARE_COMPANY
from corroborate.store import Store
from tests.ledger.test_reached import _added, _doc, _person, _store
from tests.ledger.test_summed_names import summed_early  # noqa: F401  (a fixture)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[set[str]]]:
    """The names each reader asked ``SummedReports`` for (asks for none left out)."""
    seen: list[set[str]] = []
    of = SummedReports.of

    def noted(self: SummedReports, nodes: object) -> dict[Node, set[str]]:
        wanted = set(nodes)  # type: ignore[call-overload]
        if wanted:
            seen.append({n[1] for n in wanted})
        return of(self, wanted)

    monkeypatch.setattr(name_rows.SummedReports, "of", noted)
    yield seen


def _obioras(tmp_path: Path, *more: object) -> Store:
    """Six reports naming "Ada Obiora" (more than ``RARE_COMPANY``: summed), and ``more``."""
    return _store(tmp_path, [
        *(_doc(f"s{i}", f"2022-01-0{i + 1}", _person("Ada Obiora")) for i in range(6)),
        *more,  # type: ignore[list-item]
    ])  # fmt: skip


def test_a_rival_beside_a_summed_candidate_is_answered_in_one_run(
    tmp_path: Path,
    summed_early: list[int | None],  # noqa: F811
    asked: list[set[str]],
) -> None:
    """Two new reports, one naming Kemi Obiora and one Ada Obiora: the lone word "Obiora"
    has two candidate groups, Ada's summed, and whether every report naming a rival names
    the winner too cannot be told from her sum. Her reports are read there; one run."""
    store = _obioras(
        tmp_path,
        _doc("s6", "2022-01-07", _person("Kemi Obiora")),
        _doc("s7", "2022-01-08", _person("Tunde Bakare"), _person("Musa Bello")),
    )
    summed_early.clear()
    kemi = _doc("n1", "2022-02-01", _person("Kemi Obiora"), _person("Musa Bello"))
    ada = _doc("n2", "2022-02-02", _person("Ada Obiora"))
    assert _added(store, kemi, ada) == "scoped"
    assert summed_early == [RARE_COMPANY] * 2  # ``_check``'s resolution and the update's
    assert asked == [{"Ada Obiora"}] * 2


@pytest.mark.parametrize("stored", ["Ada Nneka", "Nneka Obiora"])
def test_a_regrouped_group_holding_a_summed_name_is_decided_in_one_run(
    tmp_path: Path,
    summed_early: list[int | None],  # noqa: F811
    asked: list[set[str]],
    stored: str,
) -> None:
    """A new "Ada Nneka Obiora" joins a stored name of few reports with Ada Obiora, whom
    six reports name: a group holding a summed name regrouped, so every stored report naming
    her is touched; her reports are read there, one run."""
    store = _obioras(tmp_path, _doc("s6", "2022-01-07", _person(stored)))
    summed_early.clear()
    assert _added(store, _doc("n1", "2022-02-01", _person("Ada Nneka Obiora"))) == "scoped"
    assert summed_early == [RARE_COMPANY] * 2
    assert asked == [{"Ada Obiora"}] * 2


def test_a_report_the_sums_answer_reads_no_rows(
    tmp_path: Path,
    summed_early: list[int | None],  # noqa: F811
    asked: list[set[str]],
) -> None:
    """Near miss: a new report naming Ada Obiora beside "A. Obiora", whom one stored report
    names: nothing the sums cannot tell, no row read, one run."""
    store = _obioras(tmp_path, _doc("s6", "2022-01-07", _person("A. Obiora")))
    summed_early.clear()
    new = _doc("n1", "2022-02-01", _person("Ada Obiora"), _person("A. Obiora"))
    assert _added(store, new) == "scoped"
    assert summed_early == [RARE_COMPANY] * 2
    assert asked == []


def test_summed_reports_reads_each_names_rows_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stored reports naming a name (a mention or more), but those left out, each
    name's rows read once however often it is asked for."""
    store = _obioras(tmp_path, _doc("s6", "2022-01-07", _person("Kemi Obiora")))
    ada, kemi = ("person", "Ada Obiora"), ("person", "Kemi Obiora")
    reads: list[set[str]] = []
    where = store.index_rows_where

    def counted(table: str, column: str, values: set[str]) -> list[tuple[object, ...]]:
        reads.append(set(values))
        return where(table, column, values)

    monkeypatch.setattr(store, "index_rows_where", counted)
    source = SummedReports(store, {"s0"})
    assert source.of([ada]) == {ada: {f"s{i}" for i in range(1, 6)}}
    assert source.of([ada, kemi]) == {ada: {f"s{i}" for i in range(1, 6)}, kemi: {"s6"}}
    assert source.of([kemi, ada])[kemi] == {"s6"}
    assert [len(r) for r in reads] == [1, 1]  # Ada's once, Kemi's once, then nothing
    assert source.of([]) == {}
