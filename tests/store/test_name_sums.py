"""``index_name_sums`` (migration 17): every write of ``index_mentioned`` - whole, added,
replaced for some documents, replaced in part by an update - leaves each name's stored sum
equal to the sum of its stored rows (``store.index.name_sums``), on both backends; and an
upgrade from 16 sums the rows stored before."""

from __future__ import annotations

import random

import pytest

from corroborate.records import Ledger
from corroborate.store import open_store
from corroborate.store.derived import LedgerChange
from corroborate.store.index import _COLUMNS, NAME_SUMS, IndexChange, IndexRows, name_sums
from corroborate.store.migrations import MIGRATIONS

NODES = ["person\tAda Obi", "person\tObi", "organization\tGuild", "place\tLagos"]


def _doc_rows(rng: random.Random, doc: str) -> list[tuple[object, ...]]:
    """A document's invented ``index_mentioned`` rows: some names, 0 mentions (an alias only
    declared) now and then, accused now and then, undated now and then."""
    published = rng.choice([None, "2019-03-01", "2019-03", "2018-12-31"])
    return [(doc, published, node, rng.choice([0, 1, 2, 5]), rng.choice([0, 0, 1]))
            for node in rng.sample(NODES, rng.randint(1, len(NODES)))]  # fmt: skip


def _stored(url: str) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with open_store(url) as store:
        db = store._db  # tests only: whole tables
        rows = [
            tuple(r) for r in db.query(f"SELECT {_COLUMNS['index_mentioned']} FROM index_mentioned")
        ]
        sums = sorted(tuple(r) for r in db.query(f"SELECT {_COLUMNS[NAME_SUMS]} FROM {NAME_SUMS}"))
    return rows, sums


def _index(docs: dict[str, list[tuple[object, ...]]], named: set[str]) -> IndexRows:
    rows = IndexRows(named=named)
    rows.tables["index_mentioned"] = [r for d in sorted(docs) for r in docs[d]]
    return rows


@pytest.mark.parametrize("seed", range(3))
def test_every_write_keeps_the_sums_of_the_rows(url: str, seed: int) -> None:
    rng = random.Random(seed)
    docs = {f"d{i}": _doc_rows(rng, f"d{i}") for i in range(6)}
    with open_store(url) as store:
        store.update_indexed(lambda s: (Ledger(), _index(docs, set()), True))
    for step in range(12):
        how = rng.choice(["add", "replace", "part", "whole"])
        changed: set[str] = set()
        if how == "add":
            new = f"n{step}"
            docs[new] = _doc_rows(rng, new)
            given = _index({new: docs[new]}, {new})
            written: object = False
        else:
            for d in rng.sample(sorted(docs), min(2, len(docs))):
                changed.add(d)
                if rng.random() < 0.4:
                    del docs[d]  # removed
                else:
                    docs[d] = _doc_rows(rng, d)
            new = f"n{step}"
            docs[new] = _doc_rows(rng, new)
            changed.add(new)
            given = _index(docs, changed)
            written = {
                "replace": changed,
                "part": (LedgerChange(), IndexChange(documents=changed)),
                "whole": True,
            }[how]
        with open_store(url) as store:
            store.update_indexed(lambda s, g=given, w=written: (Ledger(), g, w))  # type: ignore[misc]
        rows, sums = _stored(url)
        assert sorted(rows) == sorted(r for d in docs.values() for r in d), how
        assert sums == sorted(name_sums(rows).values()), (step, how)


def test_a_name_sum_counts_its_reports_and_finds_its_first_and_least() -> None:
    rows = [
        ("b", "2019-03", "person\tObi", 2, 0),
        ("a", None, "person\tObi", 1, 1),  # undated: last in resolution's order
        ("c", "2019-03", "person\tObi", 0, 0),  # an alias only declared: not a report
        ("d", "2019-03-01", "person\tObi", 1, 0),
    ]
    assert name_sums(rows) == {"person\tObi": ("person\tObi", 4, 3, 4, 1, "2019-03", "b", "a")}


def test_an_upgrade_from_16_sums_the_rows_stored_before(url: str) -> None:
    rng = random.Random(7)
    docs = {f"d{i}": _doc_rows(rng, f"d{i}") for i in range(5)}
    with open_store(url, migrations=MIGRATIONS[:16]) as old:
        db = old._db
        with db.transaction():
            db.executemany(
                "INSERT INTO index_mentioned (document_id, published, node, mentions, accused)"
                " VALUES (?, ?, ?, ?, ?)",
                [r for d in docs.values() for r in d],
            )
    rows, sums = _stored(url)
    assert len(rows) == sum(len(d) for d in docs.values())
    assert sums == sorted(name_sums(rows).values())
