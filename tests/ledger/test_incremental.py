"""The stored ledger after ingests in any order and batches equals one full rebuild.

Documents come from the Karachi corpus, extracted once per session (``karachi_analysed``);
Hypothesis varies only their order, how they are cut into batches, and when a correction by
hand is made. After every batch the ledger is brought up to date as an ingest does it
(``ledger.store.update``: the new documents' additions where they touch nothing stored, else
the ledger rebuilt from a fresh resolution reusing the records of the documents whose inputs
did not change, ``ledger.restep``), and ``corroborate rebuild``'s check
(``rebuild_and_compare``) must find nothing to change. A full rebuild is allowed only for
the first batch (no index) and a batch larger than half the store. Both backends go through
the same code.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corroborate.ledger.build import AnalysedDocument, build_ledger
from corroborate.ledger.corrections import apply_corrections
from corroborate.ledger.store import analysed_documents, rebuild, rebuild_and_compare, update
from corroborate.ledger.update import Update
from corroborate.records import Ledger
from corroborate.store import open_store
from tests.conftest import index_snapshot, put_analysed

# The only full rebuilds after the first batch: a batch larger than half the store.
LARGE = "too many new documents"


def _ingest(
    url: str,
    docs: list[AnalysedDocument],
    cuts: list[int],
    merge_after: int,
    reasons: list[str | None] | None = None,
    updates: list[Update | None] | None = None,
) -> Ledger:
    """Store ``docs`` in batches cut at ``cuts``, updating the ledger after each (the reason
    for each full rebuild in ``reasons``, None for an update, and the update in ``updates``,
    None for a rebuild); after batch ``merge_after``, a reader merges the two entities with
    the most aliases."""
    bounds = [0, *sorted(set(cuts)), len(docs)]
    with open_store(url) as store:
        for i, (lo, hi) in enumerate(zip(bounds, bounds[1:], strict=False)):
            put_analysed(store, docs[lo:hi])
            seen: list[Update] = []
            reason = update(store, seen.append)
            if reasons is not None:
                reasons.append(reason)
            if updates is not None:
                updates.append(seen[0] if seen else None)
            if i == merge_after:
                people = sorted(
                    (e for e in store.ledger().entities if e.type == "person"),
                    key=lambda e: (-len(e.aliases), e.id),
                )[:2]
                if len(people) == 2:
                    data = {"entities": [p.id for p in people], "names": {}}
                    store.add_correction("merge", data, "one man", "tester")
                    rebuild(store)  # as ``corroborate correct`` does
        # The index too is what a full rebuild writes (the next update reads it).
        updated = index_snapshot(store)
        assert rebuild_and_compare(store) is None
        assert index_snapshot(store) == updated
        return store.ledger()


def _full(url: str) -> Ledger:
    """The ledger one full rebuild gives from what ``url`` stores."""
    with open_store(url) as store:
        built = build_ledger(analysed_documents(store))
        return apply_corrections(built, store.corrections()).canonical()


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_batches_in_any_order_equal_a_full_rebuild(
    karachi_analysed: list[AnalysedDocument],
    stories: list[AnalysedDocument],
    tmp_path: Path,
    data: st.DataObject,
) -> None:
    docs = data.draw(st.permutations(karachi_analysed))
    cuts = data.draw(st.lists(st.integers(1, len(docs) - 1), max_size=4))
    merge_after = data.draw(st.integers(0, 4))
    url = str(tmp_path / f"{uuid.uuid4().hex}.db")
    reasons: list[str | None] = []
    updates: list[Update | None] = []
    # Then a batch of a story no Karachi report touches (added to the stored ledger, whatever
    # came before it: the merge by hand names Karachi people only), and a second report of
    # it, which names the man of the first (stepped again from a fresh resolution).
    batches = [*cuts, len(docs), len(docs) + 1]
    incremental = _ingest(url, docs + stories[:2], batches, merge_after, reasons, updates)
    assert incremental == _full(url)
    assert incremental.allegations, "the corpus alleges something"
    assert reasons[0] == "no index"
    # Every later batch is updated, unless it is larger than half the store.
    assert set(reasons[1:]) <= {None, LARGE}, reasons
    assert reasons.count(None) >= len(reasons) - 1 - reasons.count(LARGE)
    added, again = updates[-2], updates[-1]
    assert added is not None and not added.whole and added.apart is None
    assert again is not None and again.whole, "the second report reaches a stored name"
    assert again.apart == "names reach stored components"
    karachi = {d.document.id for d in karachi_analysed}
    assert not again.stepped & karachi, "no Karachi report reads the turtle story's names"
    # A Karachi batch after the first is added when it shares no name, lookup or entity
    # with the store (a batch after a first of one report can), else stepped again; an
    # added batch is one the plan proved independent, so it must not be stepped again.
    for found in updates[1:-2]:
        assert found is None or (found.whole == (found.apart is not None))


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_stories_among_the_corpus_in_any_order_equal_a_full_rebuild(
    karachi_analysed: list[AnalysedDocument],
    stories: list[AnalysedDocument],
    tmp_path: Path,
    data: st.DataObject,
) -> None:
    # The invented reports (a man named twice, misspelt once, an inspector named by her
    # surname alone, a woman of his variant block) among the Karachi reports, in any order:
    # a report may arrive before or after those that name the same people, so the first
    # document of a name, lone names and variant joins change under stored records.
    docs = data.draw(st.permutations(karachi_analysed + stories))
    cuts = data.draw(st.lists(st.integers(1, len(docs) - 1), max_size=6))
    merge_after = data.draw(st.integers(0, 6))
    url = str(tmp_path / f"{uuid.uuid4().hex}.db")
    reasons: list[str | None] = []
    updates: list[Update | None] = []
    incremental = _ingest(url, docs, cuts, merge_after, reasons, updates)
    assert incremental == _full(url)
    assert reasons[0] == "no index"
    assert set(reasons[1:]) <= {None, LARGE}, reasons
    for found in updates[1:]:
        assert found is None or found.whole or found.apart is None


def test_postgresql_batches_equal_a_full_rebuild_and_sqlite(
    karachi_analysed: list[AnalysedDocument],
    stories: list[AnalysedDocument],
    postgres_url: str,
    tmp_path: Path,
) -> None:
    docs = list(reversed(karachi_analysed)) + stories[:2]
    cuts = [1, len(docs) // 2, len(karachi_analysed), len(karachi_analysed) + 1]
    reasons: list[str | None] = []
    updates: list[Update | None] = []
    incremental = _ingest(postgres_url, docs, cuts, 1, reasons, updates)
    # The update paths on PostgreSQL: stepped again, added, stepped again.
    assert reasons[2:] == [None, None, None], reasons
    assert [u.whole for u in updates[2:] if u is not None] == [True, False, True]
    assert incremental == _full(postgres_url)
    same = _ingest(str(tmp_path / "same.db"), docs, cuts, 1)
    # The two merges by hand were made at different times: their ids differ, nothing else.
    assert _without_correction_ids(same) == _without_correction_ids(incremental)


def _without_correction_ids(ledger: Ledger) -> str:
    return re.sub(r"cor_[0-9a-f]+", "cor_", repr(ledger))


def test_rebuild_reports_a_stored_ledger_that_differs(
    karachi_analysed: list[AnalysedDocument], tmp_path: Path
) -> None:
    url = str(tmp_path / "k.db")
    with open_store(url) as store:
        put_analysed(store, karachi_analysed)
        store.rebuild_ledger(lambda s: Ledger(entities=[], allegations=[]))
        found = rebuild_and_compare(store)
        assert found is not None and "entity ids differ" in found
        assert rebuild_and_compare(store) is None
