"""A record refers to a written name's entity ("m:") only where its stepping looked the name
up (``ledger.noted_lookups``): a report that writes a name no step asks about is not stepped
again when that name's entity moves, and the update still equals a full rebuild. Documents
invented as in ``test_update_names`` (no spaCy)."""

from __future__ import annotations

from pathlib import Path

from corroborate.ledger.noted_lookups import noted_lookups
from corroborate.ledger.store import rebuild_and_compare, update
from corroborate.ledger.update import Update
from corroborate.resolve import parts
from corroborate.store import Store, open_store
from tests.conftest import index_snapshot, put_analysed
from tests.ledger.test_update_names import Named, _document

BAKARE: Named = ("Tunde Bakare", "Tunde Bakare", "person", None, None)
DERRY_ORG: Named = ("Derry", "Derry", "organization", None, None)
DERRY_PLACE: Named = ("Derry", "Derry", "place", None, None)
ENTITIES = {("person", "Tunde Bakare"): "ent_bakare", ("organization", "Derry"): "ent_derry"}


def test_a_lookup_notes_only_the_names_that_decide_it() -> None:
    mentions = _document("doc-a", "2022-05-01", [BAKARE, DERRY_ORG], False).mentions
    short = [("Bakare", ("person", "Tunde Bakare"))]
    log: set[str] = set()
    lookups = noted_lookups("doc-a", mentions, short, [], ENTITIES.get, log)
    assert dict(lookups._values) == parts.document_lookups("doc-a", mentions, short, [],
                                                           ENTITIES.get)  # fmt: skip
    assert not log, "made without noting a read"
    assert lookups.get(("doc-a", "bakare")) == "ent_bakare"
    assert log == {"m:person\tTunde Bakare"}
    # a key asked and missed still notes its names (one may gain an entity); a key no name
    # decides notes nothing
    log.clear()
    none: dict[tuple[str, str], str] = {}
    missed = noted_lookups("doc-a", mentions, short, [], none.get, log)
    assert missed.get(("doc-a", "derry")) is None
    assert log == {"m:organization\tDerry"}
    log.clear()
    assert lookups.get(("doc-a", "belfast")) is None
    assert not log


def _stored(store: Store, derry_named: bool) -> None:
    # A accuses Bakare and writes Derry (an organisation, as typed so far): as a name in
    # passing, or as the victim of its claim (a step looks it up); B accuses Bakare too.
    other = 1 if derry_named else 0
    a = _document("doc-a", "2022-05-01", [BAKARE, DERRY_ORG], False,
                  claims=[("accusation", 0, other, "fraud", False)])  # fmt: skip
    b = _document("doc-b", "2022-05-02", [BAKARE], False,
                  claims=[("accusation", 0, 0, "fraud", False)])  # fmt: skip
    put_analysed(store, [a, b])
    assert update(store) == "no index"


def _derry_a_place(store: Store) -> Update:
    # Two new reports write Derry as a place: the name's entity moves.
    put_analysed(store, [_document("doc-c", "2022-05-03", [DERRY_PLACE, DERRY_PLACE], False),
                         _document("doc-d", "2022-05-04", [DERRY_PLACE], False)])  # fmt: skip
    seen: list[Update] = []
    assert update(store, seen.append) is None
    (found,) = seen
    assert found.by_delta is not None and found.unreached is None  # scoped, by delta
    assert "m:organization\tDerry" in found.by_delta.refs
    updated = index_snapshot(store)
    assert rebuild_and_compare(store) is None
    assert index_snapshot(store) == updated
    return found


def test_a_report_that_writes_a_name_it_never_looks_up_is_not_stepped_again(
    tmp_path: Path,
) -> None:
    with open_store(str(tmp_path / "a.db")) as store:
        _stored(store, derry_named=False)
        refs = {r for r, _ in store.document_refs({"doc-a"})}
        assert "m:person\tTunde Bakare" in refs  # its claim looks Bakare up
        assert "m:organization\tDerry" not in refs  # no step asks about Derry
        record_a = store.index_payloads({"doc-a"})["doc-a"]
        found = _derry_a_place(store)
        assert "doc-a" not in found.stepped  # at 26a1b004 stepped, to come out as stored
        assert store.index_payloads({"doc-a"})["doc-a"] == record_a


def test_a_report_whose_claim_names_the_name_is_stepped_again(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "a.db")) as store:
        _stored(store, derry_named=True)
        assert "m:organization\tDerry" in {r for r, _ in store.document_refs({"doc-a"})}
        assert "doc-a" in _derry_a_place(store).stepped
