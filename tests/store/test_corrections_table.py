"""The corrections table on both backends: added, read back in order, undone, kept apart
from the derived tables that a rebuild replaces."""

from __future__ import annotations

import pytest

from corroborate.errors import StoreError
from corroborate.records import Entity, Ledger
from corroborate.store import open_store


def test_corrections_round_trip_and_survive_replace_ledger(url: str) -> None:
    with open_store(url) as store:
        assert store.corrections() == []
        first = store.add_correction(
            "merge", {"entities": ["ent_a", "ent_b"], "names": {"ent_a": "Ä"}}, "same man", "ed"
        )
        second = store.add_correction(
            "split", {"entity": "ent_a", "alias": "Kestrel"}, "someone else", "desk"
        )
        store.replace_ledger(Ledger([Entity("ent_a", "A", "person")], []))
        read = store.corrections()
        assert [c.id for c in read] == [first.id, second.id]
        assert [c.position for c in read] == [1, 2]
        assert read[0].data == {"entities": ["ent_a", "ent_b"], "names": {"ent_a": "Ä"}}
        assert read[0].reason == "same man" and read[0].author == "ed" and read[0].active
        undone = store.undo_correction(first.id)
        assert undone.undone_at and not undone.active
        assert [c.active for c in store.corrections()] == [False, True]
        with pytest.raises(StoreError, match="undone already"):
            store.undo_correction(first.id)
        with pytest.raises(StoreError, match="no correction"):
            store.undo_correction("cor_none")
