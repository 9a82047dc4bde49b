"""What one more article costs as a store grows: the store of one size without the held-out
articles, each put back into its own copy as ``corroborate ingest`` does it (extraction and
storing, then the ingest hook, timed apart in wall and CPU seconds), the extraction timed
apart and shared by the sizes, and the hook again in a fresh process.

Split from ``scale.py`` (2026-12-05, scale68), the code unchanged but for the names
(``warm_up`` was ``warm_up``); ``scale.py``'s docstring says what each figure means, and
``scale_report`` sets the sizes beside each other.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from statistics import median
from typing import Any

from scale_reads import audit_seconds  # benchmarks/scale_reads.py, beside this script
from scale_stores import (
    COPIES,
    copies_of_train,
    copy_store_without,
    unlink_store,
    write_corpus,
)

from corroborate.ingest import ingest_paths
from corroborate.ledger.difference import difference
from corroborate.ledger.store import rebuild, update
from corroborate.ledger.update import Update
from corroborate.read import read_documents
from corroborate.records import Document
from corroborate.run import LocalRunner, ProcessRunner
from corroborate.store import Store, open_store

__all__ = ["fresh_hook", "grow", "shared_extraction", "warm_up"]


# --- adding one article --------------------------------------------------------------------


def grow(
    size: str,
    corpus: Path,
    added: list[Document],
    nlp: Any,
    workers: int,
    folder: Path,
    stores: Path | None = None,
    audit: bool = True,
    extraction: dict[str, float] | None = None,
    fresh: bool = False,
) -> dict[str, Any]:
    """The store of one size without ``added``, then each of ``added`` put back into its
    own copy of it. ``extraction``: each article's extraction CPU seconds timed apart
    (``shared_extraction``), added to this size's hook; ``fresh``: each hook run again in a
    fresh process (``fresh_hook``)."""
    added_ids = {d.id for d in added}
    kept = [d for d in read_documents([corpus]) if d.id not in added_ids]
    db = folder / f"{size}.db"
    start = time.perf_counter()
    if stores is not None and size != "train10":
        copy_store_without(stores / f"{size}.db", db, added_ids)
    with open_store(str(db)) as store:
        if size == "train10":
            copies_of_train(str(folder / "train.db"), store, nlp, kept, COPIES)
        elif stores is None:
            held_file = write_corpus(folder / f"{size}-held.jsonl", kept)
            with ProcessRunner(nlp, workers=workers) as runner:
                ingest_paths([held_file], store, runner=runner)
        documents_before = store.counts()["documents"]
        rebuild(store)
        built = time.perf_counter() - start

    each = []
    plus_one = folder / f"{size}-plus-one.db"
    for number, article in enumerate(added):
        copy_store_without(db, plus_one, ())
        with open_store(str(plus_one)) as store:
            each.append(_put_back(store, nlp, folder, size, number, article,
                                  fresh_copy=plus_one if fresh else None))  # fmt: skip
            if extraction is not None:
                shared = extraction[article.id]
                each[-1]["extract_shared_cpu_s"] = shared
                each[-1]["total_shared_cpu_s"] = round(shared + each[-1]["update_cpu_s"], 3)
            if number == len(added) - 1:  # the reference: a full rebuild of the last copy
                updated = store.ledger()  # what the hook left, read apart from the clock
                start = time.perf_counter()
                rebuild(store)
                rebuilt = time.perf_counter() - start
                counts = store.counts()
                # the rebuild costs nothing more to check the update against
                unequal = difference(updated, store.ledger())
    audited = audit_seconds(str(plus_one)) if audit else None
    unlink_store(plus_one)

    totals = [a["extract_and_store_s"] + a["update_s"] for a in each]
    return {
        "documents_before": documents_before,
        "counts": counts,  # the last copy's, its article added
        "build_s": round(built, 1),
        # Medians over the articles put back (one with ``--articles 1``).
        "add_one": {
            "extract_and_store_s": round(median(a["extract_and_store_s"] for a in each), 2),
            "update_s": round(median(a["update_s"] for a in each), 2),
            "update": "; ".join(sorted({a["update"] for a in each})),
            "rebuild_s": round(rebuilt, 2),
            "total_s": round(median(totals), 2),
        },
        # the last article's update against that full rebuild: None when equal, else the
        # first difference (``scale.py`` exits 1 and names it)
        "rebuild_difference": None if unequal is None else " ".join(unequal.split()),
        "articles": each,
        "hook": {
            "articles": len(each),
            "cpu_s": _spread(a["update_cpu_s"] for a in each),
            "wall_s": _spread(a["update_s"] for a in each),
            # the same articles at every size: this should not move with the store
            "extract_cpu_s": _spread(a["extract_and_store_cpu_s"] for a in each),
            # extraction and storing too: the whole cost of adding one article, in CPU
            "total_cpu_s": _spread(a["total_cpu_s"] for a in each),
            **_optional_spreads(each),
        },
        "audit_s": None if audited is None else round(audited, 2),
    }


def _optional_spreads(each: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """The spreads of the figures only some runs take (``--fresh-hook``, the shared
    extraction, a scoped update's names): the whole addition with the extraction timed apart,
    the fresh process's hook and what it pays more than this process's, the names resolved
    again."""
    fields = {
        "total_shared_cpu_s": "total_shared_cpu_s",
        "fresh_cpu_s": "update_fresh_cpu_s",
        "fresh_surplus_cpu_s": "fresh_surplus_cpu_s",
        "reached_names": "reached_names",  # where every update was scoped
    }
    return {
        spread: _spread(a[field] for a in each)
        for spread, field in fields.items()
        if each and all(a.get(field) is not None for a in each)
    }


def shared_extraction(
    nlp: Any, folder: Path, documents: list[Document], rounds: int
) -> dict[str, dict[str, Any]]:
    """Each article's extraction and storing, timed ``rounds`` times in CPU seconds, each
    time into an empty store of its own; the rounds take the articles in turn. The same work
    the sizes' put-backs do, timed apart from them so that its noise under load is not counted
    against one size: the median is what every size's whole addition adds to its hook."""
    times: dict[str, list[float]] = {d.id: [] for d in documents}
    store_path = folder / "extract-only.db"
    for _ in range(max(1, rounds)):
        for number, document in enumerate(documents):
            one = write_corpus(folder / f"extract-{number}.jsonl", [document])
            unlink_store(store_path)
            with open_store(str(store_path)) as store:
                cpu = time.process_time()
                ingest_paths([one], store, runner=LocalRunner(nlp))
                times[document.id].append(round(time.process_time() - cpu, 3))
    unlink_store(store_path)
    return {i: {"cpu_s": _spread(ts), "rounds": ts} for i, ts in times.items()}


# Run in a fresh interpreter by ``fresh_hook``: the hook on a store that holds the article,
# timed in that process's CPU seconds from the call (its imports not counted).
_FRESH_HOOK = """
import json, sys, time
from corroborate.ledger.store import update
from corroborate.store import open_store
with open_store(sys.argv[1], create=False) as store:
    seen = []
    cpu, wall = time.process_time(), time.perf_counter()
    reason = update(store, seen.append)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
scoped = bool(seen) and seen[0].whole and seen[0].unreached is None
print(json.dumps({"cpu_s": cpu, "wall_s": wall, "reason": reason, "scoped": scoped}))
"""


def fresh_hook(db: Path) -> dict[str, Any]:
    """The hook run on ``db`` in a fresh Python process with this one's module path (the
    same code): CPU and wall seconds of the call, its reason if it did not update, whether it
    was scoped."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    done = subprocess.run(
        [sys.executable, "-c", _FRESH_HOOK, str(db)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    out: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


def _put_back(
    store: Store,
    nlp: Any,
    folder: Path,
    size: str,
    number: int,
    article: Document,
    fresh_copy: Path | None = None,
) -> dict[str, Any]:
    """One held-out article ingested as ``corroborate ingest`` does it, the extraction and
    the hook timed apart; the hook in wall seconds and in this process's CPU seconds (which
    other load on the machine moves far less). With ``fresh_copy`` (the store's file), the
    hook is also run in a fresh process on a copy of the store taken before it
    (``fresh_hook``)."""
    one = write_corpus(folder / f"{size}-last-{number}.jsonl", [article])
    extract_cpu, start = time.process_time(), time.perf_counter()
    ingest_paths([one], store, runner=LocalRunner(nlp))
    extracted, extract_cpu = time.perf_counter() - start, time.process_time() - extract_cpu
    fresh_db = folder / f"{size}-fresh.db"
    if fresh_copy is not None:
        copy_store_without(fresh_copy, fresh_db, ())  # the article stored, the hook not yet run
    seen: list[Update] = []
    cpu, start = time.process_time(), time.perf_counter()
    reason = update(store, seen.append)
    updated, cpu = time.perf_counter() - start, time.process_time() - cpu
    figures: dict[str, Any] = {
        "id": article.id,
        "extract_and_store_s": round(extracted, 3),
        "extract_and_store_cpu_s": round(extract_cpu, 3),
        "update_s": round(updated, 3),
        "update_cpu_s": round(cpu, 3),
        "total_cpu_s": round(extract_cpu + cpu, 3),
        "update": _how(reason, seen),
        "reached_names": _reached(seen),
    }
    if fresh_copy is not None:
        again = fresh_hook(fresh_db)
        unlink_store(fresh_db)
        # the same update as this process's, or the figure is not of the same work
        assert again["reason"] == reason, (again, reason)
        figures["update_fresh_cpu_s"] = round(again["cpu_s"], 3)
        figures["fresh_surplus_cpu_s"] = round(again["cpu_s"] - cpu, 3)
    return figures


def _reached(seen: list[Update]) -> int | None:
    """How many names the scoped resolution resolved again (the scope its cost grows with);
    None where the update resolved nothing or every stored document (or code before the
    figure existed)."""
    delta = seen[0].by_delta if seen else None
    reached = getattr(delta, "reached", None)
    return reached if isinstance(reached, int) else None


def _how(reason: str | None, seen: list[Update]) -> str:
    if reason:
        return reason
    done = seen[0]
    if not done.whole:
        return "added"
    scoped = "scoped" if done.unreached is None else f"every document resolved: {done.unreached}"
    return f"{len(done.stepped)} documents stepped again, {scoped}"


def _spread(values: Iterable[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "median": round(median(ordered), 3),
        "least": round(ordered[0], 3),
        "most": round(ordered[-1], 3),
    }


def warm_up(nlp: Any, folder: Path, documents: list[Document]) -> None:
    """The articles to add read once through extraction and the hook before anything is
    timed: the pipeline's first reading of a text costs more than the next (its first
    document loads what it loads lazily, and words it has not seen before cost more), which
    would fall on the first size and make the same article's extraction dearer there."""
    warm = folder / "warm-up.db"
    unlink_store(warm)
    with open_store(str(warm)) as store:
        ingest_paths(
            [write_corpus(folder / "warm-up.jsonl", documents)], store, runner=LocalRunner(nlp)
        )
        update(store, lambda _: None)
    unlink_store(warm)
