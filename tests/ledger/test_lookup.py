"""``ledger.lookup``: the entity index read from the ledger's stored index is the one a fresh
resolution gives - the same entities in the same order, the same spellings and names, so
``find`` answers every name alike - after a first ingest, an update that adds, one that
steps again, and a removal; a stale index is not read."""

from __future__ import annotations

from pathlib import Path

from corroborate.ledger.build import AnalysedDocument, entity_index
from corroborate.ledger.lookup import current_index, stored_entity_index
from corroborate.ledger.store import analysed_documents, remove, update
from corroborate.nlp import names
from corroborate.resolve.entity_index import EntityIndex
from corroborate.store import Store, open_store
from tests.conftest import put_analysed


def _same_as_resolving(store: Store) -> None:
    assert current_index(store)
    read = stored_entity_index(store)
    resolved = entity_index(analysed_documents(store))
    assert read.entities == resolved.entities
    assert dict(read.by_key_map) == dict(resolved.by_key_map)
    assert dict(read.by_name_map) == dict(resolved.by_name_map)
    for name in _names_to_ask(resolved):
        assert [e.id for e in read.find(name)] == [e.id for e in resolved.find(name)], name


def _names_to_ask(index: EntityIndex) -> list[str]:
    """Every name and alias, as written, lower-cased and by each of its words (a surname
    alone finds by words), and names that find nothing."""
    asked = {"no such person", "Zz"}
    for e in index.entities:
        for name in [e.name, *(a.name for a in e.aliases)]:
            asked |= {name, name.lower(), *names.words(name)}
    return sorted(asked)


def test_the_stored_index_reads_as_a_fresh_resolution(
    karachi_analysed: list[AnalysedDocument], stories: list[AnalysedDocument], tmp_path: Path
) -> None:
    with open_store(str(tmp_path / "l.db")) as store:
        put_analysed(store, karachi_analysed)
        assert not current_index(store), "no index yet"
        update(store)
        _same_as_resolving(store)
        put_analysed(store, stories[:1])  # a story no Karachi report touches: added
        update(store)
        _same_as_resolving(store)
        put_analysed(store, stories[1:])  # names the man of the first: stepped again
        update(store)
        _same_as_resolving(store)
        remove(store, [stories[0].document.id, karachi_analysed[0].document.id])
        _same_as_resolving(store)


def test_a_stale_index_is_resolved_again(
    karachi_analysed: list[AnalysedDocument], stories: list[AnalysedDocument], tmp_path: Path
) -> None:
    with open_store(str(tmp_path / "l.db")) as store:
        put_analysed(store, karachi_analysed)
        update(store)
        put_analysed(store, stories)  # stored, the ledger not brought up to date
        assert not current_index(store)
        found = stored_entity_index(store).find("Zebulon Quarrington")
        assert [e.name for e in found] == ["Zebulon Quarrington"]


def test_an_index_another_version_made_is_read_as_its_ledger_is(
    karachi_analysed: list[AnalysedDocument], tmp_path: Path
) -> None:
    with open_store(str(tmp_path / "l.db")) as store:
        put_analysed(store, karachi_analysed)
        update(store)
        store._db.execute("UPDATE index_meta SET value = 'older' WHERE name = 'code'")  # tests only
        assert current_index(store), "the stored ledger was built from it too"
        _same_as_resolving(store)


def test_an_empty_store_has_an_empty_index(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "l.db")) as store:
        assert stored_entity_index(store).entities == []
