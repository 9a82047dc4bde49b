"""``ledger.regroup``: an update by delta regroups only the allegations whose principal a
changed record reaches, from the records that reach them. Each test is a trap of that
decomposition - a patron that not every report names, an answer that joins another
principal's allegation, a group first named by an earlier report, a removed report's
allegations - with invented documents (``test_update_names._document``: mentions, claims and
attributions, no spaCy): the update must run by delta, and the stored ledger and index must
be what a full rebuild writes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from corroborate.ledger.acts import GENERIC
from corroborate.ledger.build import AnalysedDocument
from corroborate.ledger.index import steps_json
from corroborate.ledger.store import rebuild_and_compare, remove, update
from corroborate.ledger.update import Update
from corroborate.records import Ledger
from corroborate.store import Store, open_store
from corroborate.store.rows import dumps, loads
from tests.conftest import index_snapshot, put_analysed
from tests.ledger.test_update_names import Named, _document

KEMI: Named = ("Kemi Lawal", "Kemi Lawal", "person", None, None)
ADA: Named = ("Ada Obiora", "Ada Obiora", "person", None, None)
TUNDE: Named = ("Tunde Bakare", "Tunde Bakare", "person", None, None)
UNION: Named = ("Harbour Pilots Union", "Harbour Pilots Union", "organization", None, None)


def _stored(tmp_path: Path, docs: list[AnalysedDocument]) -> Store:
    store = open_store(str(tmp_path / "r.db"))
    put_analysed(store, docs)
    assert update(store) == "no index"
    return store


def _by_delta(store: Store, docs: list[AnalysedDocument]) -> Update:
    """``docs`` stored and the update run: by delta, and equal to a full rebuild."""
    put_analysed(store, docs)
    seen: list[Update] = []
    assert update(store, seen.append) is None
    assert seen[0].by_delta is not None, seen[0].wholly
    _equal_to_a_rebuild(store)
    return seen[0]


def _equal_to_a_rebuild(store: Store) -> None:
    updated = index_snapshot(store)
    assert rebuild_and_compare(store) is None
    assert index_snapshot(store) == updated


def _against(ledger: Ledger, name: str, act: str) -> list[str]:
    """The documents of the events of the allegation of ``act`` against ``name``."""
    ids = {e.id for e in ledger.entities if e.name == name}
    found = [a for a in ledger.allegations if a.accused[0] in ids and a.act == act]
    return sorted(e.document_id for a in found for e in a.events)


def _paid_by_the_union() -> list[AnalysedDocument]:
    """Kemi alleges Ada was paid by the union, Tunde beside her (doc-1), then without him."""
    named_both = _document("doc-1", "2022-05-01", [KEMI, ADA, TUNDE, UNION], False,
                           said=[("allegation", 0, 1, "patronage", False)])  # fmt: skip
    named_one = _document("doc-2", "2022-05-02", [KEMI, ADA, UNION], False,
                          said=[("allegation", 0, 1, "patronage", False)])  # fmt: skip
    return [named_both, named_one]


def test_a_patron_only_some_reports_name_keeps_an_allegation_of_its_own(tmp_path: Path) -> None:
    # Kemi alleges Ada was paid by the union, Tunde beside her (doc-1), and then without him
    # (doc-2): the union is the principal, Tunde a co-accused only doc-1 names, so doc-1's
    # step is also an allegation against Tunde alone.
    with _stored(tmp_path, _paid_by_the_union()) as store:
        assert _against(store.ledger(), "Tunde Bakare", "patronage") == ["doc-1"]
        assert _against(store.ledger(), "Harbour Pilots Union", "patronage") == ["doc-1", "doc-2"]
        # A new report accusing Tunde of fraud reaches him alone: his patronage allegation
        # is regrouped, which needs every step against the union (doc-2, which names neither
        # him nor anything the new report changes) to see that not every report names him.
        found = _by_delta(store, [_document("doc-3", "2022-05-03", [TUNDE, KEMI], False,
                                            [("accusation", 0, 1, "fraud", False)])])  # fmt: skip
        assert found.stepped == {"doc-3"}
        assert _against(store.ledger(), "Tunde Bakare", "patronage") == ["doc-1"]
        assert _against(store.ledger(), "Tunde Bakare", "fraud") == ["doc-3"]


def test_a_co_accused_no_longer_named_by_every_report_gets_an_allegation(tmp_path: Path) -> None:
    # doc-1 alone alleges the union paid Ada, Tunde beside her: every report of the union's
    # allegation names him, so he is on it and has none of his own. A new report of the same
    # allegation without him (doc-2) reaches the union only; regrouping it must regroup its
    # co-accused too, whose step in doc-1 is now an allegation against Tunde alone.
    named_both = _document("doc-1", "2022-05-01", [KEMI, ADA, TUNDE, UNION], False,
                           said=[("allegation", 0, 1, "patronage", False)])  # fmt: skip
    with _stored(tmp_path, [named_both]) as store:
        assert _against(store.ledger(), "Tunde Bakare", "patronage") == []
        named_one = _document("doc-2", "2022-05-02", [KEMI, ADA, UNION], False,
                              said=[("allegation", 0, 1, "patronage", False)])  # fmt: skip
        _by_delta(store, [named_one])
        assert _against(store.ledger(), "Harbour Pilots Union", "patronage") == ["doc-1", "doc-2"]
        assert _against(store.ledger(), "Tunde Bakare", "patronage") == ["doc-1"]


def test_an_answer_joins_the_allegation_of_the_speakers_organisation(tmp_path: Path) -> None:
    # doc-1 accuses the union of fraud; doc-2 has Ada deny fraud, not yet known as the
    # union's spokesman. doc-3 states she is (an affiliation): her entity reads otherwise,
    # so doc-2 is stepped again, and its denial now speaks for the union - another
    # principal's allegation, which the delta reaches through doc-2's new references.
    accused = _document("doc-1", "2022-05-01", [UNION, KEMI], False,
                        [("accusation", 0, 1, "fraud", False)])  # fmt: skip
    denied = _document("doc-2", "2022-05-02", [ADA], False,
                       said=[("denial", 0, 0, "fraud", False)])  # fmt: skip
    spokesman = _document("doc-3", "2022-05-03", [UNION, ADA], False, affiliated=True)
    with _stored(tmp_path, [accused, denied]) as store:
        assert _against(store.ledger(), "Harbour Pilots Union", "fraud") == ["doc-1"]
        found = _by_delta(store, [spokesman])
        assert "doc-2" in found.stepped and "doc-1" not in found.stepped
        assert _against(store.ledger(), "Harbour Pilots Union", "fraud") == ["doc-1", "doc-2"]


def test_a_group_first_named_by_an_earlier_report(tmp_path: Path) -> None:
    # "Harbour Pilots Union workers" (a group: the union's members) accused in doc-2; a
    # report published before it names the group too: the group entity is the earlier
    # report's, and the allegation against the group gains its event.
    later = _document("doc-2", "2022-05-03", [UNION, KEMI], False,
                      [("accusation", 0, 1, "fraud", True)])  # fmt: skip
    earlier = _document("doc-1", "2022-05-01", [UNION, ADA], False,
                        [("accusation", 0, 1, "fraud", True)])  # fmt: skip
    with _stored(tmp_path, [later]) as store:
        (group,) = [e for e in store.ledger().entities if e.type == "group"]
        assert [a.document_id for a in group.affiliations] == ["doc-2"]
        found = _by_delta(store, [earlier])
        assert group.id in found.ledger_change.entities
        (now,) = [e for e in store.ledger().entities if e.type == "group"]
        assert now.id == group.id and [a.document_id for a in now.affiliations] == ["doc-1"]
        assert _against(store.ledger(), now.name, "fraud") == ["doc-1", "doc-2"]


def test_a_removed_reports_allegations_leave_and_its_answer_too(tmp_path: Path) -> None:
    # doc-2 alone accuses Tunde of fraud; doc-3 has him deny it and accuses the union.
    # Removing doc-2 leaves no allegation against Tunde (the denial alone makes none);
    # removing doc-3 then leaves the union's allegation to doc-1 alone.
    docs = [
        _document("doc-1", "2022-05-01", [UNION, KEMI], False,
                  [("accusation", 0, 1, "fraud", False)]),
        _document("doc-2", "2022-05-02", [TUNDE, KEMI], False,
                  [("accusation", 0, 1, "fraud", False)]),
        _document("doc-3", "2022-05-03", [TUNDE, UNION], False,
                  [("accusation", 1, 0, "fraud", False)],
                  said=[("denial", 0, 0, "fraud", False)]),
    ]  # fmt: skip
    with _stored(tmp_path, docs) as store:
        assert _against(store.ledger(), "Tunde Bakare", "fraud") == ["doc-2", "doc-3"]
        # doc-3's accusation and its denial (which names the union too)
        union = ["doc-1", "doc-3", "doc-3"]
        assert _against(store.ledger(), "Harbour Pilots Union", "fraud") == union
        done = remove(store, ["doc-2"])
        assert done.update is not None and done.update.by_delta is not None
        assert done.ledger == store.ledger()
        _equal_to_a_rebuild(store)
        assert _against(store.ledger(), "Tunde Bakare", "fraud") == []
        done = remove(store, ["doc-3"])
        assert done.update is not None and done.update.by_delta is not None
        _equal_to_a_rebuild(store)
        assert _against(store.ledger(), "Harbour Pilots Union", "fraud") == ["doc-1"]


def test_a_later_report_brings_the_act_of_an_act_less_confession(tmp_path: Path) -> None:
    # doc-1 tells Tunde's confession and arrest naming no act: an allegation of its own under
    # the generic act. doc-2, later, accuses him of fraud, his one act: regrouping him moves
    # doc-1's steps into it. doc-3 accuses him of theft too: which act they concern is
    # open again, and they stand apart again; removing doc-3 settles them once more.
    confessed = _document(
        "doc-1",
        "2022-05-01",
        [TUNDE, KEMI],
        False,
        [("confession", 0, 1, None, False), ("arrest", 0, 1, None, False)],
    )
    fraud = _document(
        "doc-2", "2022-05-02", [TUNDE, ADA], False, [("accusation", 0, 1, "fraud", False)]
    )
    theft = _document("doc-3", "2022-05-03", [TUNDE, ADA], False,
                      [("accusation", 0, 1, "theft", False)])  # fmt: skip
    with _stored(tmp_path, [confessed]) as store:
        assert _against(store.ledger(), "Tunde Bakare", GENERIC) == ["doc-1", "doc-1"]
        found = _by_delta(store, [fraud])
        assert found.stepped == {"doc-2"}
        assert _against(store.ledger(), "Tunde Bakare", GENERIC) == []
        assert _against(store.ledger(), "Tunde Bakare", "fraud") == ["doc-1", "doc-1", "doc-2"]
        _by_delta(store, [theft])
        assert _against(store.ledger(), "Tunde Bakare", GENERIC) == ["doc-1", "doc-1"]
        assert _against(store.ledger(), "Tunde Bakare", "fraud") == ["doc-2"]
        done = remove(store, ["doc-3"])
        assert done.update is not None and done.update.by_delta is not None
        _equal_to_a_rebuild(store)
        assert _against(store.ledger(), "Tunde Bakare", "fraud") == ["doc-1", "doc-1", "doc-2"]


def _vague(doc: AnalysedDocument) -> AnalysedDocument:
    """``doc`` with its denials naming neither an act nor accusations ("X says it is a lie")."""
    said = [replace(a, facts=replace(a.facts, act=None, names_accusations=False))
            for a in doc.attributions if a.facts is not None]  # fmt: skip
    return replace(doc, attributions=said)


def test_a_vague_answer_joins_only_what_its_own_report_alleges(tmp_path: Path) -> None:
    # doc-1 accuses Tunde of fraud and has him call it a lie (a vague answer: it joins what
    # its own report alleges against him); doc-2 has him call something a lie and alleges
    # nothing. A new report accuses him of patronage: regrouping him, doc-1's answer joins
    # that allegation too (it answers every act of what its report alleges against him),
    # doc-2's joins nothing.
    own = _vague(_document("doc-1", "2022-05-01", [TUNDE, KEMI], False,
                           [("accusation", 0, 1, "fraud", False)],
                           said=[("denial", 0, 0, None, False)]))  # fmt: skip
    alone = _vague(_document("doc-2", "2022-05-02", [TUNDE], False,
                             said=[("denial", 0, 0, None, False)]))  # fmt: skip
    with _stored(tmp_path, [own, alone]) as store:
        assert _against(store.ledger(), "Tunde Bakare", "fraud") == ["doc-1", "doc-1"]
        accuses = _document("doc-3", "2022-05-03", [TUNDE, KEMI], False,
                            [("accusation", 0, 1, "patronage", False)])  # fmt: skip
        found = _by_delta(store, [accuses])
        assert found.stepped == {"doc-3"}
        assert _against(store.ledger(), "Tunde Bakare", "patronage") == ["doc-1", "doc-3"]
        assert _against(store.ledger(), "Tunde Bakare", "fraud") == ["doc-1", "doc-1"]


def test_a_correction_in_force_assembles_the_ledger_whole(tmp_path: Path) -> None:
    docs = [_document("doc-1", "2022-05-01", [TUNDE, KEMI], False,
                      [("accusation", 0, 1, "fraud", False)])]  # fmt: skip
    with _stored(tmp_path, docs) as store:
        (alleged,) = store.ledger().allegations
        store.add_correction(
            "not_accused",
            {"allegation": alleged.id, "entity": alleged.accused[0]},
            "a witness",
            "t",
        )
        put_analysed(store, [_document("doc-2", "2022-05-02", [TUNDE, ADA], False,
                                       [("accusation", 0, 1, "fraud", False)])])  # fmt: skip
        seen: list[Update] = []
        assert update(store, seen.append) is None
        assert seen[0].by_delta is None
        assert seen[0].wholly == "corrections by hand are in force"
        _equal_to_a_rebuild(store)


def test_regrouping_reads_each_records_steps_stored_apart(tmp_path: Path) -> None:
    # Each record's date, steps and groups are stored beside it (``index_documents.steps``),
    # the same values as the whole record's, and regrouping reads them there, not the record.
    with _stored(tmp_path, _paid_by_the_union()) as store:
        db = store._db  # tests only: the column has no writer but the index's
        rows = db.query("SELECT document_id, payload, steps FROM index_documents")
        assert {r[0] for r in rows} == {"doc-1", "doc-2"}
        for _, payload, steps in rows:
            assert loads(steps) == steps_json(loads(payload))
            assert loads(steps)["steps"] and len(steps) < len(payload)
        # doc-2's steps as if it had none (its whole record untouched): the union's allegation
        # regrouped for a new report reaching Tunde now finds every report naming him.
        (stored,) = [loads(r[2]) for r in rows if r[0] == "doc-2"]
        with db.transaction():
            db.execute("UPDATE index_documents SET steps = ? WHERE document_id = ?",
                       (dumps(stored | {"steps": []}), "doc-2"))  # fmt: skip
        put_analysed(store, [_document("doc-3", "2022-05-03", [TUNDE, KEMI], False,
                                       [("accusation", 0, 1, "fraud", False)])])  # fmt: skip
        seen: list[Update] = []
        assert update(store, seen.append) is None
        assert seen[0].by_delta is not None
        assert _against(store.ledger(), "Tunde Bakare", "patronage") == []
        assert rebuild_and_compare(store) is not None
        assert _against(store.ledger(), "Tunde Bakare", "patronage") == ["doc-1"]
