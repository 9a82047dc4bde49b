"""``difference``: the first thing two ledgers disagree on, in words."""

from __future__ import annotations

from dataclasses import replace

from corroborate.ledger.difference import difference
from corroborate.records import Allegation, Entity, Ledger

A = Entity("ent_a", "Anees Qaimkhani", "person")
B = Entity("ent_b", "Budha Ram", "person")
ALLEGATION = Allegation("alg_1", ["ent_a"], "killing", [], "alleged", False, [], [])


def test_equal_ledgers_differ_in_nothing() -> None:
    assert difference(Ledger([A, B], [ALLEGATION]), Ledger([A, B], [ALLEGATION])) is None


def test_a_missing_entity_is_named() -> None:
    found = difference(Ledger([A], []), Ledger([A, B], []))
    assert (
        found
        == "entity ids differ: 1 missing from the stored ledger (ent_b), 0 stored but not rebuilt"
    )


def test_order_and_fields_are_named() -> None:
    assert "order differs at position 0" in (
        difference(Ledger([B, A], []), Ledger([A, B], [])) or ""
    )
    changed = replace(ALLEGATION, status="convicted")
    found = difference(Ledger([A], [ALLEGATION]), Ledger([A], [changed]))
    assert found == "allegation alg_1 differs in status"
