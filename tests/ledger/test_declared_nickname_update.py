"""A nickname one report declares outranks a later report's two full names
(``resolve.declared.declared_nickname_names``) in an update as in a full rebuild: the
scoped update equals the full resolution's delta and a rebuild, whichever report comes
first. Invented names only."""

from __future__ import annotations

from pathlib import Path

from corroborate.ledger.store import rebuild_and_compare, update
from tests.conftest import put_analysed
from tests.ledger.test_apart_nicknames import _aka, _doc, _person, _store
from tests.ledger.test_reached import _check
from tests.ledger.test_update_names import Named


def _people(store_path: Path, *, declared_first: bool) -> list[str]:
    declaring = _doc("a", "2025-01-10", _aka("Emeka Nwosu", "Bobo Nwosu"))
    # the court's name between the two keeps them out of one list (``resolve.apart``)
    court: Named = ("Enugu High Court", "Enugu High Court", "organization", None, None)
    bail = _doc("b", "2025-06-01", _person("Chinedu Emeka Nwosu"), court,
                _person("Bobo Nwosu"))  # fmt: skip
    first, then = (declaring, bail) if declared_first else (bail, declaring)
    store = _store(store_path, first)
    put_analysed(store, [then])
    assert _check(store) in ("scoped", "a new report declares a nickname")
    assert update(store) is None
    assert rebuild_and_compare(store) is None
    return sorted(e.name for e in store.ledger().entities)


def test_declared_first_then_the_bail_report(tmp_path: Path) -> None:
    people = _people(tmp_path, declared_first=True)
    assert [p for p in people if p.endswith("Nwosu")] == ["Chinedu Emeka Nwosu"]


def test_the_bail_report_first_then_the_declaration(tmp_path: Path) -> None:
    people = _people(tmp_path, declared_first=False)
    assert [p for p in people if p.endswith("Nwosu")] == ["Chinedu Emeka Nwosu"]
