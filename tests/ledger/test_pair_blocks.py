"""The word rules' blocks (``ends:``, ``head:``, ``tail:``, ``inner:``) link their holders
pair by pair (``blocking.linked_pairs``): an update adding a name of as many words as a stored
one that shares its block reaches the stored name's component no more, and every update
still equals a full rebuild, in any order of the reports. Invented names only."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corroborate.ledger.store import rebuild_and_compare, update
from corroborate.ledger.update import Update
from corroborate.store import Store, open_store
from tests.conftest import put_analysed
from tests.ledger.test_update_names import Named, _document

# Names sharing a first and last word, the first two or the last two words: the shorter
# ones fit inside the longer (a middle name given, a head, a tail, inner words); those of as
# many words never do.
FAMILY: list[Named] = [
    (name, name, "person", None, None)
    for name in (
        "Chidi Bayo Okafor", "Chidi Dayo Okafor", "Chidi Okafor", "Chidi Bayo", "Bayo Okafor",
        "Ada Bayo Okafor", "Syed Chidi Bayo Okafor", "Chidi Bayo Eze", "Tunde Chidi Dayo Okafor",
        "Dayo Okafor",
    )
]  # fmt: skip


def _person(name: str) -> Named:
    return (name, name, "person", None, None)


def _reached(store: Store) -> int | None:
    seen: list[Update] = []
    assert update(store, seen.append) is None
    delta = seen[0].by_delta if seen else None
    return None if delta is None else delta.reached


def test_a_name_of_as_many_words_reaches_no_stored_sibling(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.db")) as store:
        put_analysed(store, [
            _document("a", "2023-04-01", [_person("Chidi Bayo Okafor")], False),
            _document("b", "2023-04-02", [_person("Kemi Bello")], False),
        ])  # fmt: skip
        update(store)  # the first: "no index", a full build
        # shares "Chidi Bayo Okafor"'s ``ends:`` and ``inner:`` blocks, fits inside neither
        put_analysed(store, [_document("c", "2023-04-03", [_person("Chidi Dayo Okafor")], False)])
        assert _reached(store) == 1  # its own name only; linked whole, both
        assert rebuild_and_compare(store) is None
        # "Chidi Okafor" fits inside both: it reaches them both
        put_analysed(store, [_document("d", "2023-04-04", [_person("Chidi Okafor")], False)])
        assert _reached(store) == 3
        assert rebuild_and_compare(store) is None


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.lists(st.sampled_from(FAMILY), min_size=1, max_size=3),
                          st.booleans()), min_size=2, max_size=6))  # fmt: skip
def test_updates_over_the_blocks_equal_a_full_rebuild(
    tmp_path_factory: object, docs: list[tuple[list[Named], bool]]
) -> None:
    path = tmp_path_factory.mktemp("pairs") / "s.db"  # type: ignore[attr-defined]
    with open_store(str(path)) as store:
        for i, (picks, listed) in enumerate(docs):
            put_analysed(store, [_document(f"d{i}", f"2023-04-0{1 + i % 9}", picks, listed)])
            reason = update(store)
            assert reason is None or (i == 0 and reason == "no index")
            assert rebuild_and_compare(store) is None
