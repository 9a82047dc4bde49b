"""A stored document stepped again whose record comes out as stored (``restep.unmoved``) is
not written again, and an unmoved one regroups no allegation for itself
(``regroup.moved``), unless its steps name an entity that reads otherwise; the update still
equals a full rebuild. Documents invented as in ``test_update_names`` (no spaCy)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import cast

from corroborate.ledger.delta import ResolutionDelta
from corroborate.ledger.index import record_from_json
from corroborate.ledger.regroup import moved
from corroborate.ledger.store import rebuild_and_compare, update
from corroborate.ledger.update import Update
from corroborate.store import Store, open_store
from corroborate.store.rows import loads
from tests.conftest import index_snapshot, put_analysed
from tests.ledger.test_update_names import Named, _document

BAKARE: Named = ("Tunde Bakare", "Tunde Bakare", "person", None, None)
DERRY_ORG: Named = ("Derry", "Derry", "organization", None, None)
HPU: Named = ("HPU", "HPU", "organization", None, None)


def _stored(store: Store) -> None:
    # A names Derry (an organisation, as typed so far) beside its claim against Bakare; B
    # accuses Bakare of the same.
    a = _document("doc-a", "2022-05-01", [BAKARE, DERRY_ORG], False,
                  claims=[("accusation", 0, 0, "fraud", False)])  # fmt: skip
    b = _document("doc-b", "2022-05-02", [BAKARE], False,
                  claims=[("accusation", 0, 0, "fraud", False)])  # fmt: skip
    put_analysed(store, [a, b])
    assert update(store) == "no index"


def _entity_id(store: Store, name: str) -> str:
    return next(e.id for e in store.ledger().entities if e.name == name)


def test_a_reader_of_a_man_who_gains_an_affiliation_comes_out_as_stored(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "a.db")) as store:
        _stored(store)
        bakare = _entity_id(store, "Tunde Bakare")
        alleged = {x.id for x in store.ledger().allegations if x.accused[0] == bakare}
        assert alleged
        record_a = store.index_payloads({"doc-a"})["doc-a"]
        # A new report states Bakare a spokesman of the HPU: his entity reads otherwise
        # ("e:", its affiliations), so A and B, which looked him up, are stepped again, their
        # steps (Bakare's fraud) as they were. (A report that only writes a name whose entity
        # moves, never looking it up, is not stepped again: ``test_noted_lookups``.)
        put_analysed(store, [_document("doc-c", "2022-05-03", [HPU, BAKARE], False,
                                       affiliated=True)])  # fmt: skip
        seen: list[Update] = []
        assert update(store, seen.append) is None
        (found,) = seen
        assert found.by_delta is not None and found.unreached is None  # scoped, by delta
        assert {"doc-a", "doc-b"} <= found.stepped
        assert "doc-a" in found.as_stored, "A's record comes out as stored"
        assert "doc-a" not in {r.document_id for r in found.records}  # not written again
        assert store.index_payloads({"doc-a"})["doc-a"] == record_a
        updated = index_snapshot(store)
        assert rebuild_and_compare(store) is None
        assert index_snapshot(store) == updated


def test_an_unmoved_record_naming_an_entity_that_reads_otherwise_is_regrouped(
    tmp_path: Path,
) -> None:
    """Grouping reads the entities a record's steps name (their name and type, a speaker's
    organisations): a record whose steps are as stored but name such an entity still has
    its principals regrouped; one naming none of them does not."""
    with open_store(str(tmp_path / "a.db")) as store:
        _stored(store)
        bakare = _entity_id(store, "Tunde Bakare")
        record = record_from_json("doc-a", "", loads(store.index_payloads({"doc-a"})["doc-a"]))
        assert any(s.principal == bakare for s in record.steps)
        made = {"doc-a": record}

        def delta(*refs: str) -> ResolutionDelta:
            return cast(ResolutionDelta, SimpleNamespace(refs=set(refs)))

        assert moved(delta("m:organization\tDerry"), made, {"doc-a"}) == {}
        assert moved(delta("e:" + bakare), made, {"doc-a"}) == made
        assert moved(delta("e:" + bakare), made, ()) == made  # not unmoved: kept
        assert moved(delta("a:" + bakare), made, {"doc-a"}) == {}  # grouping reads no alias
