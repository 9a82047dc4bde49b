"""A nickname reports declare for different men links no index component
(``ledger.index_rows.linking_pairs``), and an update still reads every declaration of it
(``ledger.reached_join.reached_components``): the scoped update reaches one of the men without
the others, and equals a full rebuild. Invented names only."""

from __future__ import annotations

import uuid
from pathlib import Path

from corroborate.ledger.build import AnalysedDocument
from corroborate.ledger.index import node_ref
from corroborate.ledger.index_rows import linking_pairs
from corroborate.ledger.reached_join import reached_components
from corroborate.ledger.store import rebuild_and_compare, update
from corroborate.nlp import names
from corroborate.resolve.blocking import Node
from corroborate.store import Store, open_store
from tests.conftest import put_analysed
from tests.ledger.test_reached import _check
from tests.ledger.test_update_names import Named, _document

BO: Node = ("person", "Bo Ezeh")
KOFI: Node = ("person", "Kofi Mensah")
EZZA: Node = ("person", "Ezza")


def _aka(name: str, nickname: str) -> Named:
    return (name, name, "person", nickname, "alias")


def _person(name: str) -> Named:
    return (name, name, "person", None, None)


def _doc(id_: str, published: str, *picks: Named) -> AnalysedDocument:
    return _document(id_, published, list(picks), False)


def _store(tmp_path: Path, *docs: AnalysedDocument) -> Store:
    store = open_store(str(tmp_path / f"{uuid.uuid4().hex}.db"))
    put_analysed(store, docs)
    update(store)
    return store


def _component(store: Store, node: Node) -> str:
    rows = store.index_rows_where("index_keys", "key", {"key:" + names.key(node[1])})
    found = {r[3] for r in rows if r[2] == node_ref(node)}
    assert len(found) == 1, found
    return found.pop()


def _shared(tmp_path: Path) -> Store:
    """ "Ezza" declared for Bo Ezeh in one report and for Kofi Mensah in another."""
    return _store(tmp_path, _doc("a", "2022-01-01", _aka("Bo Ezeh", "Ezza")),
                  _doc("b", "2022-01-02", _aka("Kofi Mensah", "Ezza")))  # fmt: skip


def test_a_pair_kept_to_its_report_links_nothing() -> None:
    kept = ("a", "Ezza", BO)  # (document, written alias, name): join_declared's local form
    declared = [("a", BO, EZZA), ("b", KOFI, EZZA), ("c", KOFI, ("person", "Kofi"))]
    assert linking_pairs(declared, {kept}) == [(KOFI, EZZA), (KOFI, ("person", "Kofi"))]
    assert linking_pairs(declared, set()) == [p[1:] for p in declared]


def test_the_men_of_a_shared_nickname_are_apart_in_the_index(tmp_path: Path) -> None:
    store = _shared(tmp_path)
    assert len({_component(store, n) for n in (BO, KOFI, EZZA)}) == 3


def test_a_nickname_declared_for_one_man_still_links(tmp_path: Path) -> None:
    store = _store(tmp_path, _doc("a", "2022-01-01", _aka("Bo Ezeh", "Ezza")),
                   _doc("b", "2022-01-02", _aka("Bo Ezeh", "Ezza")))  # fmt: skip
    assert _component(store, BO) == _component(store, EZZA)


def test_a_report_naming_one_man_reaches_the_nickname_not_the_other_man(
    tmp_path: Path,
) -> None:
    """Bo Ezeh reaches "Ezza" (his report declares it: its declarations tell that it is
    shared), not Kofi Mensah; the scoped update equals the full resolution's delta and a
    rebuild, the men two and "Ezza" joined to neither."""
    store = _shared(tmp_path)
    scope, _, _ = reached_components(store, {BO})
    assert EZZA in scope and KOFI not in scope
    put_analysed(store, [_doc("c", "2022-01-03", _person("Bo Ezeh"))])
    assert _check(store) == "scoped"
    assert update(store) is None
    assert rebuild_and_compare(store) is None
    men = sorted(e.name for e in store.ledger().entities)
    assert men == ["Bo Ezeh", "Kofi Mensah"]


def test_a_new_declaration_of_a_shared_nickname_reached_by_its_man_resolves_all(
    tmp_path: Path,
) -> None:
    """A new report declaring "Ezza" for Bo Ezeh again, once it is shared: the stored
    declarations are read through the nickname, so the update resolves every document, as
    before the cut, and equals a rebuild."""
    store = _shared(tmp_path)
    put_analysed(store, [_doc("c", "2022-01-03", _aka("Bo Ezeh", "Ezza"))])
    assert _check(store) == "a new report declares a nickname declared for different men"
    assert update(store) is None
    assert rebuild_and_compare(store) is None
