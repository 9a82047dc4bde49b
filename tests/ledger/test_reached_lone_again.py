"""Lone names decided again when a report is added (``ledger.reached_lone_again``): the
stored entities of the people of the reports decided again are read in one query, however
many reports that is (issue 15: the reports decided again grow with the store)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from corroborate.store import Store
from tests.ledger.test_reached import _added, _aliases, _doc, _person, _store

# Each one a stored report's own companion: outside the names the new report reaches.
_COMPANIONS = ["Amaka Obi", "Chuka Nwosu", "Ifeoma Eze", "Obinna Uche", "Ngozi Ada"]


def _entity_reads(store: Store) -> list[int]:
    """Records the sizes of the ``index_names`` reads by name that ``reached_lone_again``
    asks of ``store`` (an empty one asks nothing of the database)."""
    asked: list[int] = []
    read = store.index_rows_where

    def counted(table: str, column: str, values: set[str]) -> list[tuple[Any, ...]]:
        caller = sys._getframe(1).f_code.co_filename
        if caller.endswith("reached_lone_again.py") and (table, column) == ("index_names", "name"):
            if values:
                asked.append(len(values))
        return read(table, column, values)

    store.index_rows_where = counted  # type: ignore[method-assign]
    return asked


@pytest.mark.parametrize("reports", [2, 5])
def test_the_people_of_the_reports_decided_again_are_read_at_once(
    tmp_path: Path, reports: int
) -> None:
    """ "Bakare" alone in stored reports, each naming Kemi Lawal and a companion of its own
    whom one other report names: a new report naming Femi Bakare and Kemi Lawal decides
    each one's lone name again. The companions' stored entities are read in one query per
    resolution (the scoped check and the update: two), not one per report; the ledger is
    a full build's (``_added``)."""
    docs = [_doc("a", "2022-01-01", _person("Tunde Bakare"), _person("Kemi Lawal"))]
    for i, companion in enumerate(_COMPANIONS[:reports]):
        docs.append(_doc(f"b{i}", f"2022-01-1{i}", _person("Bakare"), _person("Kemi Lawal"),
                         _person(companion)))  # fmt: skip
        docs.append(_doc(f"z{i}", f"2022-01-2{i}", _person(companion), _person("Tunde Bakare")))
    store = _store(tmp_path, docs)
    assert _aliases(store, "Tunde Bakare") == [("Bakare", "b0")]
    asked = _entity_reads(store)
    added = _doc("c", "2022-01-30", _person("Femi Bakare"), _person("Kemi Lawal"))
    assert _added(store, added) == "scoped"
    assert asked == [reports, reports]
