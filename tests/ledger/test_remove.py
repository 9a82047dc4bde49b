"""``ledger.store.remove``: documents removed with everything stored from them, and the ledger
brought up to date in the same transaction, equal to a full rebuild; ingesting them again
gives the ledger back. The corpus is invented (``stories`` of ``tests/ledger/conftest.py``
and the arson case below): names shared across reports, a ruling, a denial, a lone surname.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from corroborate.errors import UnknownDocumentError
from corroborate.ledger.build import AnalysedDocument, build_ledger
from corroborate.ledger.corrections import Correction, apply_corrections
from corroborate.ledger.store import (
    analysed_documents,
    rebuild,
    rebuild_and_compare,
    remove,
    update,
)
from corroborate.records import Entity, Ledger
from corroborate.store import Store, open_store
from tests.conftest import analyse_rows, index_snapshot, put_analysed

# Invented reports of one case: the accused named in all four, the police spokeswoman in two.
ARSON = [
    ("arson-1", "2032-03-01",
     "Prosecutors charged Lucian Ferreday with arson on Monday, police spokeswoman Ottilie"
     " Brand said."),
    ("arson-2", "2032-03-04",
     "Lucian Ferreday denied setting fire to the grain warehouse, his lawyer Cosmo Hale said."),
    ("arson-3", "2032-06-10",
     "A court in Dunmore acquitted Lucian Ferreday of arson for want of evidence."),
    ("arson-4", "2032-06-12",
     "Ottilie Brand said the police would appeal the acquittal of Ferreday."),
]  # fmt: skip


@pytest.fixture(scope="session")
def corpus(nlp: Language, stories: list[AnalysedDocument]) -> list[AnalysedDocument]:
    rows = [{"id": i, "published": p, "text": t} for i, p, t in ARSON]
    return [*stories, *analyse_rows(nlp, rows)]


def _stored(url: str, docs: list[AnalysedDocument]) -> Store:
    store = open_store(url)
    put_analysed(store, docs)
    assert update(store) == "no index"  # a first ingest: rebuilt whole, with its index
    return store


def _full(store: Store) -> Ledger:
    """The ledger one full rebuild gives from what ``store`` holds."""
    built = build_ledger(analysed_documents(store))
    return apply_corrections(built, store.corrections()).canonical()


def _equal_to_a_rebuild(store: Store) -> None:
    """The stored ledger and its index are what a full rebuild writes."""
    updated = index_snapshot(store)
    assert rebuild_and_compare(store) is None
    assert index_snapshot(store) == updated


def _person(ledger: Ledger, name: str) -> Entity | None:
    return next((e for e in ledger.entities if e.name == name), None)


def _merge_first_two_people(store: Store) -> None:
    """A correction by hand in force: the two people with the most aliases are one."""
    people = sorted((e for e in store.ledger().entities if e.type == "person"),
                    key=lambda e: (-len(e.aliases), e.id))[:2]  # fmt: skip
    data = {"entities": [p.id for p in people], "names": {}}
    store.add_correction("merge", data, "one woman", "tester")
    rebuild(store)  # as ``corroborate correct`` does


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_removing_any_documents_equals_a_rebuild_and_ingesting_them_again_restores(
    corpus: list[AnalysedDocument], tmp_path: Path, data: st.DataObject
) -> None:
    gone = data.draw(st.sets(st.sampled_from([d.document.id for d in corpus]), min_size=1))
    corrected = data.draw(st.booleans())
    url = str(tmp_path / f"{uuid.uuid4().hex}.db")
    with _stored(url, corpus) as store:
        if corrected:
            _merge_first_two_people(store)
        original = store.ledger()
        done = remove(store, sorted(gone))
        assert done.rows["documents"] == len(gone)
        assert {s.document.id for s in store.documents()} == {d.document.id for d in corpus} - gone
        assert store.ledger() == done.ledger == _full(store)
        assert not {e.document_id for a in done.ledger.allegations for e in a.events} & gone
        _equal_to_a_rebuild(store)
        put_analysed(store, [d for d in corpus if d.document.id in gone])
        update(store)
        assert store.ledger() == original
        _equal_to_a_rebuild(store)


def test_a_shared_name_keeps_its_entity_with_the_other_reports(
    corpus: list[AnalysedDocument], tmp_path: Path
) -> None:
    with _stored(str(tmp_path / "r.db"), corpus) as store:
        assert _person(store.ledger(), "Cosmo Hale") is not None
        done = remove(store, ["arson-2"])
        assert done.update is not None and done.update.removed == {"arson-2"}
        assert done.update.apart == "a stored document changed or was removed"
        accused = _person(done.ledger, "Lucian Ferreday")
        assert accused is not None, "three other reports name him"
        assert all(a.document_id != "arson-2" for a in accused.aliases)
        against = [a for a in done.ledger.allegations if accused.id in a.accused]
        assert against and all(e.document_id != "arson-2" for a in against for e in a.events)
        assert _person(done.ledger, "Cosmo Hale") is None, "only the removed report named him"
        _equal_to_a_rebuild(store)


def test_no_row_of_any_table_names_a_removed_document(
    corpus: list[AnalysedDocument], tmp_path: Path
) -> None:
    with _stored(str(tmp_path / "r.db"), corpus) as store:
        remove(store, ["turtles-1", "arson-3"])
        db = store._db  # tests only: every table of the schema, whatever later migrations add
        tables = [r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
        checked = []
        for table in tables:
            columns = [r[1] for r in db.query(f"PRAGMA table_info({table})")]
            for column in {"document_id", "id"} & set(columns):
                if column == "id" and table != "documents":
                    continue
                found = {r[0] for r in db.query(f"SELECT {column} FROM {table}")}
                assert not found & {"turtles-1", "arson-3"}, table
                checked.append(table)
        assert {"documents", "attributions", "mentions", "claims", "figures", "events",
                "aliases", "index_documents", "index_refs"} <= set(checked)  # fmt: skip


def test_a_correction_whose_entity_is_gone_stays_in_force_and_applies_again(
    corpus: list[AnalysedDocument], tmp_path: Path
) -> None:
    with _stored(str(tmp_path / "r.db"), corpus) as store:
        merge = _merge_the_two_officers(store)
        rebuild(store)  # as ``corroborate correct`` does
        merged = store.ledger()
        assert _person(merged, "Cosmo Hale") is None
        done = remove(store, ["arson-2"])  # the only report naming Cosmo Hale
        assert [c.id for c in done.orphaned] == [merge.id]
        assert [(c.id, c.active) for c in store.corrections()] == [(merge.id, True)]
        assert remove(store, ["arson-4"]).orphaned == [done.orphaned[0]]
        put_analysed(store, [d for d in corpus if d.document.id in ("arson-2", "arson-4")])
        update(store)
        assert store.ledger() == merged, "the merge applies again"
        _equal_to_a_rebuild(store)


def test_an_unknown_id_removes_nothing(corpus: list[AnalysedDocument], tmp_path: Path) -> None:
    with _stored(str(tmp_path / "r.db"), corpus) as store:
        ledger, index = store.ledger(), index_snapshot(store)
        with pytest.raises(UnknownDocumentError) as raised:
            remove(store, ["arson-1", "arson-9"])
        assert raised.value.ids == ["arson-9"]
        assert "arson-9" in str(raised.value) and "corroborate documents" in str(raised.value)
        assert len(store.documents()) == len(corpus)
        assert store.ledger() == ledger and index_snapshot(store) == index


def test_a_dry_run_says_what_would_change_and_changes_nothing(
    corpus: list[AnalysedDocument], tmp_path: Path
) -> None:
    with _stored(str(tmp_path / "r.db"), corpus) as store:
        ledger, index = store.ledger(), index_snapshot(store)
        dry = remove(store, ["arson-2"], commit=False)
        assert store.ledger() == ledger and index_snapshot(store) == index
        assert len(store.documents()) == len(corpus)
        done = remove(store, ["arson-2"])
        assert (dry.rows, dry.ledger) == (done.rows, done.ledger)


def test_removing_every_document_leaves_an_empty_ledger(
    corpus: list[AnalysedDocument], tmp_path: Path
) -> None:
    with _stored(str(tmp_path / "r.db"), corpus) as store:
        done = remove(store, [d.document.id for d in corpus])
        assert done.ledger == Ledger(entities=[], allegations=[]) == store.ledger()
        assert store.counts() == dict.fromkeys(("documents", "attributions", "entities",
                                                "allegations"), 0)  # fmt: skip
        _equal_to_a_rebuild(store)


def test_postgresql_removal_equals_a_rebuild_and_sqlite(
    corpus: list[AnalysedDocument], postgres_url: str, tmp_path: Path
) -> None:
    gone = ["turtles-2", "arson-1", "lone"]
    results = []
    for url in (postgres_url, str(tmp_path / "same.db")):
        with _stored(url, corpus) as store:
            original = store.ledger()
            done = remove(store, gone)
            assert done.update is not None, "updated, not rebuilt whole"
            assert store.ledger() == _full(store)
            _equal_to_a_rebuild(store)
            results.append((done.rows, store.ledger()))
            put_analysed(store, [d for d in corpus if d.document.id in gone])
            update(store)
            assert store.ledger() == original
    assert results[0] == results[1]


def test_an_index_of_other_code_is_rebuilt_whole_with_the_removal(
    corpus: list[AnalysedDocument], tmp_path: Path
) -> None:
    with _stored(str(tmp_path / "r.db"), corpus) as store:
        merge = _merge_the_two_officers(store)
        rebuild(store)
        store._db.execute("UPDATE index_meta SET value = 'older' WHERE name = 'code'")  # tests only
        done = remove(store, ["arson-2"])
        assert done.update is None and done.reason == "the index was made by other code"
        assert [c.id for c in done.orphaned] == [merge.id]
        assert store.ledger() == done.ledger == _full(store)
        _equal_to_a_rebuild(store)


def _merge_the_two_officers(store: Store) -> Correction:
    """A merge by hand of Ottilie Brand and Cosmo Hale (arson-2 alone names Hale)."""
    ledger = store.ledger()
    brand, hale = _person(ledger, "Ottilie Brand"), _person(ledger, "Cosmo Hale")
    assert brand is not None and hale is not None
    data: dict[str, Any] = {"entities": [brand.id, hale.id], "names": {}}
    return store.add_correction("merge", data, "the same officer", "tester")
