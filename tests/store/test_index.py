"""``store.index`` and the ledger's difference (``store.derived.replace_ledger_rows``): an
update that writes only what differs leaves the store as writing everything would, on both
backends."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from corroborate.records import Alias, Ledger
from corroborate.store import open_store
from corroborate.store.derived import LedgerChange
from corroborate.store.index import _COLUMNS, INDEX_TABLES, IndexChange, IndexRows
from tests.store.test_store import ledger


def _rows(documents: dict[str, list[str]], names: dict[str, str]) -> IndexRows:
    """An invented index: per document a payload and its references, and names' entities."""
    rows = IndexRows()
    for document_id, refs in documents.items():
        rows.tables["index_documents"].append((document_id, "h-" + document_id, "{}", "[]", "{}"))
        rows.tables["index_refs"] += [(ref, document_id) for ref in refs]
    rows.tables["index_names"] = [(n, e, "c") for n, e in sorted(names.items())]
    rows.tables["index_keys"] = [(f"key:{n}", 1, f"person\t{n}", "c") for n in sorted(names)]
    rows.tables["index_meta"] = [("code", "same")]
    return rows


def _snapshot(url: str) -> dict[str, list[tuple[object, ...]]]:
    with open_store(url) as store:
        db = store._db  # tests only: the index has no reader for whole tables
        return {t: sorted(tuple(r) for r in db.query(f"SELECT * FROM {t}")) for t in INDEX_TABLES}


# An index, then the same index after "b" changed, "c" went and "d" came; "a" and the name "x"
# stay as they were.
BEFORE = {"a": ["m:x", "k:x"], "b": ["m:y"], "c": ["m:z"]}, {"x": "e1", "y": "e2"}
AFTER = {"a": ["m:x", "k:x"], "b": ["m:y", "e:e3"], "d": ["m:w"]}, {"x": "e1", "y": "e3", "w": "e4"}


def _written_like_the_whole(
    url: str, given: IndexRows, written: bool | set[str] | tuple[LedgerChange, IndexChange]
) -> None:
    """Writing ``given`` (``written``: what it replaces) over ``BEFORE`` stores what writing
    ``AFTER`` whole stores."""
    with open_store(url) as store:
        store.update_indexed(lambda s: (Ledger(), _rows(*BEFORE), True))
        store.update_indexed(lambda s: (Ledger(), given, written))
    updated = _snapshot(url)
    with open_store(url) as store:
        store.update_indexed(lambda s: (Ledger(), _rows(*AFTER), True))
    assert updated == _snapshot(url)


def _renamed(old: Ledger) -> tuple[Ledger, Ledger]:
    """``old`` with its second entity given one more alias and its first allegation gone: the
    ledger, and the part an update writes of it (the entity renamed)."""
    first, second = old.entities
    renamed = dataclasses.replace(second, aliases=[*second.aliases, Alias("Someone", "test")])
    return Ledger(entities=[first, renamed], allegations=old.allegations[1:]), Ledger(
        entities=[renamed], allegations=[]
    )


def test_the_difference_written_equals_the_whole(url: str) -> None:
    # "a" is stored as it should be: its rows are left out of what is given.
    given = _rows({"b": ["m:y", "e:e3"], "d": ["m:w"]}, {"x": "e1", "y": "e3", "w": "e4"})
    _written_like_the_whole(url, given, {"b", "c", "d"})


def test_the_ledger_difference_written_equals_the_whole(url: str) -> None:
    old = ledger()
    new, _ = _renamed(old)
    with open_store(url) as store:
        store.update_indexed(lambda s: (old, IndexRows(), True))
        store.update_indexed(lambda s: (new, IndexRows(), set()))
        assert store.ledger() == new.canonical()


def test_the_named_rows_written_equal_the_whole(url: str) -> None:
    # Only the rows of what changed: "b" and "d" stepped, "c" removed; the names "y"
    # (another entity) and "w" (new) with their nodes; "x" and "a" left as they are.
    given = _rows({"b": ["m:y", "e:e3"], "d": ["m:w"]}, {"y": "e3", "w": "e4"})
    given.tables["index_meta"] = []
    change = IndexChange({"b", "c", "d"}, set(), {"y", "w"}, {"person\ty", "person\tw"})
    _written_like_the_whole(url, given, (LedgerChange(), change))


def test_the_named_ledger_rows_written_equal_the_whole(url: str) -> None:
    old = ledger()
    new, part = _renamed(old)
    change = LedgerChange({old.entities[1].id}, {old.allegations[0].id})
    with open_store(url) as store:
        store.update_indexed(lambda s: (old, IndexRows(), True))
        store.update_indexed(lambda s: (part, IndexRows(), (change, IndexChange())))
        assert store.ledger() == new.canonical()


def test_reports_naming_reads_at_most_what_it_is_asked(url: str) -> None:
    """The reports whose mentions name some of the given names (an alias only declared, with
    no mention, names no one), at most as many as asked: whether few reports name a person
    is told without reading every report naming a common one."""
    rows = _rows(*BEFORE)
    rows.tables["index_mentioned"] = [
        (d, None, "person\tAda Obi", n, 0) for d, n in [("a", 2), ("b", 1), ("c", 0), ("d", 1)]
    ] + [("e", None, "person\tA. Obi", 1, 0), ("f", None, "person\tBo Ezeh", 3, 0)]
    rows.named = {"a", "b", "c", "d", "e", "f"}
    with open_store(url) as store:
        store.update_indexed(lambda s: (Ledger(), rows, True))
        both = {"person\tAda Obi", "person\tA. Obi"}
        assert store.reports_naming(both, 10) == {"a", "b", "d", "e"}
        assert len(store.reports_naming(both, 2)) == 2
        assert store.reports_naming(both, 2) <= {"a", "b", "d", "e"}
        assert store.reports_naming({"person\tBo Ezeh"}, 5) == {"f"}
        assert store.reports_naming(set(), 5) == set()


def test_reports_naming_each_reads_every_sets_reports_together(url: str) -> None:
    """Several stored entities' reports asked at once: each set's reports when few, as
    many as asked when more, whichever of its names holds them (one name holding them all,
    or several holding a few each), and a set with no name or no report has none."""
    rows = _rows(*BEFORE)
    rows.tables["index_mentioned"] = [
        (d, None, "person\tAda Obi", n, 0) for d, n in [("a", 2), ("b", 1), ("c", 0), ("d", 1)]
    ] + [(d, None, "person\tA. Obi", 1, 0) for d in ("e", "f")] + [
        ("f", None, "person\tBo Ezeh", 3, 0),
        ("g", None, "person\tCy Uche", 1, 0),
        ("h", None, "person\tCy N. Uche", 1, 0),
        ("i", None, "person\tC. Uche", 1, 0),
    ]  # fmt: skip
    rows.named = {"a", "b", "c", "d", "e", "f", "g", "h", "i"}
    asked = {
        "obi": {"person\tAda Obi", "person\tA. Obi"},
        "ezeh": {"person\tBo Ezeh"},
        "uche": {"person\tCy Uche", "person\tCy N. Uche", "person\tC. Uche"},
        "none": set(),
        "unnamed": {"person\tNo One"},
    }
    with open_store(url) as store:
        store.update_indexed(lambda s: (Ledger(), rows, True))
        found = store.reports_naming_each(asked, 10)
        assert found == {"obi": {"a", "b", "d", "e", "f"}, "ezeh": {"f"},
                         "uche": {"g", "h", "i"}, "none": set(), "unnamed": set()}  # fmt: skip
        few = store.reports_naming_each(asked, 2)
        assert {k: len(v) for k, v in few.items()} == {
            "obi": 2, "ezeh": 1, "uche": 2, "none": 0, "unnamed": 0}  # fmt: skip
        assert all(few[k] <= found[k] for k in asked)
        # as many as ``reports_naming`` finds of each, one set at a time
        for at_most in (1, 2, 3, 4, 6):
            each = store.reports_naming_each(asked, at_most)
            assert {k: len(v) for k, v in each.items()} == {
                k: len(store.reports_naming(v, at_most)) for k, v in asked.items()}  # fmt: skip
        assert store.reports_naming_each({}, 5) == {}


def test_the_rows_read_by_name_come_from_an_index_alone(tmp_path: Path) -> None:
    """An update reads every report's row of the names every report names
    (``ledger.name_rows.stored_names``): SQLite answers those reads from an index holding
    every column read, not by reading each row again from its table (migration 14)."""
    with open_store(str(tmp_path / "plan.db")) as store:
        db = store._db  # tests only: the plan SQLite makes for the reads ``rows_where`` asks
        for table, column in (("index_mentioned", "node"), ("index_marks", "name")):
            plan = db.query(
                f"EXPLAIN QUERY PLAN SELECT {_COLUMNS[table]} FROM {table}"
                f" WHERE {column} IN (?, ?)",
                ("person\tAda Obi", "person\tBo Ezeh"),
            )
            assert any("USING COVERING INDEX" in str(step[-1]) for step in plan), (table, plan)


def test_the_indexes_read_by_name_hold_every_column_read(url: str) -> None:
    """On both backends, the indexes of ``index_mentioned`` by node and ``index_marks`` by
    name lead with that column and hold every other column ``rows_where`` reads of them (the
    reads of ``stored_names``), so that neither backend must read the table again."""
    wanted = {
        "index_mentioned_by_node_covering": ("index_mentioned", "node"),
        "index_marks_by_name_covering": ("index_marks", "name"),
    }
    with open_store(url) as store:
        db = store._db  # tests only: the schema as each backend's catalogue says it
        for index, (table, column) in wanted.items():
            if db.backend == "sqlite":
                held = [r[0] for r in db.query(f"SELECT name FROM pragma_index_info('{index}')")]
            else:
                (definition,) = [r[0] for r in db.query(
                    "SELECT indexdef FROM pg_indexes WHERE indexname = ?", (index,))]  # fmt: skip
                held = [c.strip() for c in definition.split("(", 1)[1].rstrip(")").split(",")]
            read = [c.strip() for c in _COLUMNS[table].split(",")]
            assert held[0] == column and set(read) <= set(held), (index, held)
