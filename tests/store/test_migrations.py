"""Migrations: applied in order on open, once; an older database upgrades and keeps its data."""

from __future__ import annotations

import pytest

from corroborate.errors import StoreError
from corroborate.records import Attribution, Document, Ledger
from corroborate.store import open_store
from corroborate.store.connection import connect
from corroborate.store.migrations import MIGRATIONS, Migration
from corroborate.store.url import parse_url

DOC = Document(id="old", text="The minister denied the charge.", title="Denial")
FOUND = [Attribution(source=[(0, 12)], cue=[(13, 19)], content=[(20, 30)], kind="denial")]


def applied(url: str) -> list[tuple[int, str]]:
    db = connect(parse_url(url))
    try:
        return sorted((v, n) for v, n in db.query("SELECT version, name FROM migrations"))
    finally:
        db.close()


def test_versions_are_numbered_in_order() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_new_database_gets_every_migration_once(url: str) -> None:
    with open_store(url) as store:
        assert store.schema_version() == len(MIGRATIONS)
    with open_store(url):  # opening again applies nothing twice
        pass
    assert applied(url) == [(m.version, m.name) for m in MIGRATIONS]


@pytest.mark.parametrize("version", range(1, len(MIGRATIONS)))
def test_older_database_upgrades_and_keeps_its_data(url: str, version: int) -> None:
    with open_store(url, migrations=MIGRATIONS[:version]) as old:
        assert old.schema_version() == version
        old.put_document(DOC, FOUND)
    with open_store(url) as store:
        assert store.schema_version() == len(MIGRATIONS)
        assert [d.document for d in store.documents()] == [DOC]
        assert [a.attribution for a in store.attributions()] == FOUND
        assert store.ledger() == Ledger()  # the new tables work
        assert store.counts()["allegations"] == 0


def test_upgrade_marks_the_complaints_stored_before(url: str) -> None:
    """Attributions stored before complaints were marked get the mark ingest would give
    them, so that an upgraded store's audit keeps its contesting statements."""
    text = "The Harbour League said the raids were discriminatory. The Guard denied it."
    complaint = Attribution(source=[(0, 18)], cue=[(19, 23)], content=[(24, 53)])
    other = Attribution(source=[(55, 64)], cue=[(65, 71)], content=[(72, 74)], kind="denial")
    before = [m for m in MIGRATIONS if m.name != "attributions that complain"]
    assert len(before) == len(MIGRATIONS) - 1
    with open_store(url, migrations=tuple(before)) as old:
        old.put_document(Document(id="old", text=text), [complaint, other])
    with open_store(url) as store:
        [found] = store.complaints()
        assert found.attribution == Attribution(
            source=[(0, 18)], cue=[(19, 23)], content=[(24, 53)], complaint=True
        )
        assert [a.attribution.complaint for a in store.attributions()] == [True, False]


def test_newer_database_is_refused(url: str) -> None:
    future = Migration(len(MIGRATIONS) + 1, "from the future", ("CREATE TABLE future (x TEXT)",))
    with open_store(url, migrations=(*MIGRATIONS, future)):
        pass
    with pytest.raises(StoreError, match="newer than this corroborate knows.*upgrade corroborate"):
        open_store(url)


def test_failed_migration_leaves_the_schema_as_it_was(url: str) -> None:
    with open_store(url, migrations=MIGRATIONS[:1]) as old:
        old.put_document(DOC, FOUND)
    broken = Migration(2, "broken", ("CREATE TABLE half (x TEXT)", "THIS IS NOT SQL"))
    with pytest.raises(StoreError):
        open_store(url, migrations=(MIGRATIONS[0], broken))
    assert applied(url) == [(1, MIGRATIONS[0].name)]
    with open_store(url) as store:  # the real migration still applies cleanly
        assert store.schema_version() == len(MIGRATIONS)
        assert store.counts()["documents"] == 1
