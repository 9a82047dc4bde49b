"""Scale: extraction throughput by where it runs, and what one more article costs as a store grows.

    python benchmarks/scale.py [--dev ../shared/benchmarks/polnear/dev.jsonl]
                               [--train ../shared/benchmarks/polnear/train.jsonl]
                               [--sizes dev,train[,train10]] [--workers 2] [--repeat 1]
                               [--skip-throughput] [--skip-audit] [--keep DIR]
                               [--stores DIR] [--articles 5] [--extract-rounds 3]
                               [--fresh-hook] [--json]

All figures come from one run, in one process with one loaded pipeline, and are printed as
ratios against a baseline measured in the same run:

- **throughput**: ingesting dev (extract and store, without the ledger's rebuild, which is
  the same work whichever runs the extraction) into a fresh SQLite file, in this process, in
  ``--workers`` worker processes (``ingest --workers``), and on a local Dask cluster of as
  many worker processes of one thread each (``ingest --dask``; the cluster is started before
  the clock, as an existing cluster would be, but its workers load the pipeline on the
  clock, as worker processes do). Ratio: documents per second against this process. Rounds
  alternate the order, the best of ``--repeat`` is kept. Beside it, the CPU seconds every
  process spent (this one, its workers, the cluster's workers) against this process alone:
  what running elsewhere costs, a figure that other load on the machine hardly moves. And the
  ceiling: the throughput ratio of ``--workers`` processes that only count against one, timed
  just before and just after, since on a shared machine the cores free at the moment bound
  every parallel figure.
- **adding one article**, at each size: the same ``--articles`` articles of train (spread over
  it, the last among them) are held out of every store and added to each, so that their
  extraction is the same work at every size and the ratios measure the store's size. The
  stores: ``dev`` is the dev corpus, ``train`` the train corpus without those articles (built
  with the worker processes, ledger rebuilt; or, with ``--stores DIR``, a copy of DIR's
  ``dev.db`` / ``train.db`` without them, rebuilt), ``train10`` that train store ten times
  under new ids (copied from the train store's extractions, not extracted again). Each
  article is added to its own copy of the store, as ``corroborate ingest`` does it:
  extraction and storing, then the ingest hook (``ledger.store.update``: the ledger's
  update, or a full rebuild and why), timed apart, in wall and in this process's CPU
  seconds; a full rebuild of the last copy after it, for reference. One article varies more
  than the distance to the targets, so each size reports the median and range of its
  articles: the hook and the whole addition (extraction and hook, CPU) apart, and the ratios
  to the size before of their medians and the median of each article's own ratio
  (``hook_ratios``). ``add_one`` holds the medians. Ratio: against the smallest size. The
  articles are read once through extraction and the hook before anything is timed (the
  pipeline's first reading of a text costs more, which would fall on the first size);
  caches the hook fills (names' words and keys) are kept from one article to the next, as
  in one long ``corroborate ingest``.
  Extraction is the same work at every size, and under load one reading of it moves by a
  third from run to run, more than the hook's growth the ratios are after: so each article's
  extraction and storing is also timed ``--extract-rounds`` times into a store of its own
  (the rounds taking the articles in turn, so that a spell of load falls on all of them), and
  its median, shared by every size, is added to each size's hook (``total_shared_cpu``):
  a whole addition whose only part that moves with the size is the hook. With ``--fresh-hook``
  each article's hook is run once more, in a fresh Python process on a copy of the store
  holding the article (``fresh_cpu``): what a ``corroborate ingest`` of one article pays, its
  name caches empty and the code hashed on the clock, against this process's warm caches
  (``fresh_surplus_cpu_s``, per article).
- **audit**: ``corroborate audit --format json`` on that store, in this process.
- **peak memory**: the peak resident set of this process (it holds the pipeline and, while
  it runs, the ledger) and of the largest worker process.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from statistics import median
from typing import Any

from timing import best_of  # benchmarks/timing.py, beside this script
from typer.testing import CliRunner
from user_errors import run  # benchmarks/user_errors.py

from corroborate.cli import app
from corroborate.ingest import ingest_paths
from corroborate.ledger.store import rebuild, update
from corroborate.ledger.update import Update
from corroborate.nlp.attribution import extractor_id
from corroborate.nlp.pipeline import load_pipeline
from corroborate.read import read_documents
from corroborate.records import Document
from corroborate.run import LocalRunner, ProcessRunner, Runner
from corroborate.store import Store, open_store

REPO = Path(__file__).resolve().parent.parent
POLNEAR = REPO.parent / "shared" / "benchmarks" / "polnear"
SIZES = ("dev", "train", "train10")
COPIES = 10  # train10


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=POLNEAR / "dev.jsonl")
    parser.add_argument("--train", type=Path, default=POLNEAR / "train.jsonl")
    parser.add_argument(
        "--sizes", default="dev,train", help=f"stores to measure, of {', '.join(SIZES)}"
    )
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--repeat", type=int, default=1, help="throughput rounds; best kept")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the stores in this folder")
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    parser.add_argument("--stores", type=Path, help="copy dev.db / train.db from here")
    parser.add_argument("--skip-audit", action="store_true")
    parser.add_argument(
        "--articles",
        type=int,
        default=5,
        help=(
            "train articles held out of every store and added to each, one per copy of the"
            " store (default 5)"
        ),
    )
    parser.add_argument(
        "--extract-rounds",
        type=int,
        default=3,
        help="times each added article's extraction is timed apart, shared by the sizes",
    )
    parser.add_argument(
        "--fresh-hook",
        action="store_true",
        help="also run each article's hook in a fresh process (its caches empty)",
    )
    args = parser.parse_args(argv)
    sizes = [s for s in args.sizes.split(",") if s]
    if unknown := set(sizes) - set(SIZES):
        parser.error(f"unknown sizes {sorted(unknown)}; pick from {', '.join(SIZES)}")
    if (
        args.stores is not None
        and args.keep is not None
        and args.stores.resolve() == args.keep.resolve()
    ):
        parser.error("--keep must be another folder than --stores (its stores are replaced)")

    nlp = load_pipeline()
    result: dict[str, Any] = {"workers": args.workers}
    added = chosen_articles(list(read_documents([args.train])), args.articles)
    with _folder(args.keep) as folder:
        if not args.skip_throughput:
            result["throughput"] = throughput(args.dev, nlp, args.workers, args.repeat, folder)
            _print_throughput(result["throughput"], args)
        _warm_up(nlp, folder, added)
        result["added"] = [d.id for d in added]
        shared = shared_extraction(nlp, folder, added, args.extract_rounds)
        result["extraction"] = shared
        medians = {i: e["cpu_s"]["median"] for i, e in shared.items()}
        result["sizes"] = {}
        for size in sizes:
            corpus = {"dev": args.dev, "train": args.train, "train10": args.train}[size]
            figures = grow(size, corpus, added, nlp, args.workers, folder, args.stores,
                           audit=not args.skip_audit, extraction=medians,
                           fresh=args.fresh_hook)  # fmt: skip
            result["sizes"][size] = figures
            _print_size(size, figures, result["sizes"], args)
    result["hook_ratios"] = hook_ratios(result["sizes"])
    result["peak_rss_mb"] = _peak_rss()
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        rss = result["peak_rss_mb"]
        print(f"peak RSS: this process {rss['self']:,} MB, largest worker {rss['workers']:,} MB")
    return 0


# --- throughput ----------------------------------------------------------------------------


def throughput(corpus: Path, nlp: Any, workers: int, repeat: int, folder: Path) -> dict[str, Any]:
    from distributed import LocalCluster

    from corroborate.run.dask import DaskRunner

    documents = list(read_documents([corpus]))
    words = sum(len(d.text.split()) for d in documents)
    counter = iter(range(10**6))
    cpu: dict[str, list[float]] = {}

    def timed(name: str, make: Callable[[], Runner], workers_cpu: Callable[[], float]) -> Any:
        def once() -> None:
            before = _cpu_s() + workers_cpu()
            with make() as runner, open_store(str(folder / f"t{next(counter)}.db")) as store:
                summary = ingest_paths([corpus], store, runner=runner)
                assert summary.added == len(documents), summary
            cpu.setdefault(name, []).append(_cpu_s() + workers_cpu() - before)

        return name, once

    ceiling_before = ceiling(workers)
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        cluster.get_client() as client,
    ):

        def cluster_cpu() -> float:
            return sum(client.run(_cpu_s).values())

        runs = dict(
            [
                timed("this process", lambda: LocalRunner(nlp), lambda: 0.0),
                timed(
                    f"{workers} worker processes",
                    lambda: ProcessRunner(nlp, workers=workers),
                    lambda: 0.0,
                ),
                timed(
                    f"Dask, {workers} workers",
                    lambda: DaskRunner(nlp, cluster.scheduler_address),
                    cluster_cpu,
                ),
            ]
        )
        best = best_of(runs, repeat)
    ceiling_after = ceiling(workers)
    base, base_cpu = best["this process"], min(cpu["this process"])
    return {
        "ceiling": [round(ceiling_before, 2), round(ceiling_after, 2)],
        "corpus": str(corpus),
        "documents": len(documents),
        "words": words,
        "runs": {
            name: {
                "seconds": round(seconds, 2),
                "documents_per_s": round(len(documents) / seconds, 2),
                "words_per_s": round(words / seconds),
                "ratio": round(base / seconds, 3),
                "cpu_s": round(min(cpu[name]), 1),
                "cpu_ratio": round(min(cpu[name]) / base_cpu, 3),
            }
            for name, seconds in best.items()
        },
    }


def ceiling(workers: int, rounds: int = 3) -> float:
    """The throughput of ``workers`` processes that only count, against one: what parallel
    work can gain on this machine now (``workers`` on an idle machine with as many cores)."""

    def together(count: int) -> float:
        context = multiprocessing.get_context("spawn")
        processes = [context.Process(target=_count, args=(COUNT_TO,)) for _ in range(count)]
        start = time.perf_counter()
        for process in processes:
            process.start()
        for process in processes:
            process.join()
        return time.perf_counter() - start

    one = min(together(1) for _ in range(rounds))
    many = min(together(workers) for _ in range(rounds))
    return workers * one / many


COUNT_TO = 20_000_000  # about a second of one core


def _count(limit: int) -> None:
    total = 0
    for number in range(limit):
        total += number


def _cpu_s() -> float:
    """CPU seconds of this process and of its finished children (worker processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _print_throughput(figures: dict[str, Any], args: argparse.Namespace) -> None:
    if args.json:
        return
    before, after = figures["ceiling"]
    print(
        f"ceiling: {args.workers} processes that only count: {before:.2f}x one (before),"
        f" {after:.2f}x (after)"
    )
    print(
        f"throughput: {Path(figures['corpus']).name}, {figures['documents']} documents,"
        f" {figures['words']:,} words, best of {args.repeat} (extract and store, SQLite)"
    )
    for name, one in figures["runs"].items():
        print(
            f"  {name:24} {one['seconds']:8.1f} s {one['documents_per_s']:7.2f} docs/s"
            f" {one['words_per_s']:8,} words/s  {one['ratio']:.2f}x"
            f"   CPU {one['cpu_s']:6.1f} s ({one['cpu_ratio']:.2f}x)"
        )


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
        _copy_without(stores / f"{size}.db", db, added_ids)
    with open_store(str(db)) as store:
        if size == "train10":
            _copies(str(folder / "train.db"), store, nlp, kept, COPIES)
        elif stores is None:
            held_file = _write(folder / f"{size}-held.jsonl", kept)
            with ProcessRunner(nlp, workers=workers) as runner:
                ingest_paths([held_file], store, runner=runner)
        documents_before = store.counts()["documents"]
        rebuild(store)
        built = time.perf_counter() - start

    each = []
    plus_one = folder / f"{size}-plus-one.db"
    for number, article in enumerate(added):
        _copy_without(db, plus_one, ())
        with open_store(str(plus_one)) as store:
            each.append(_put_back(store, nlp, folder, size, number, article,
                                  fresh_copy=plus_one if fresh else None))  # fmt: skip
            if extraction is not None:
                shared = extraction[article.id]
                each[-1]["extract_shared_cpu_s"] = shared
                each[-1]["total_shared_cpu_s"] = round(shared + each[-1]["update_cpu_s"], 3)
            if number == len(added) - 1:  # the reference: a full rebuild of the last copy
                start = time.perf_counter()
                rebuild(store)
                rebuilt = time.perf_counter() - start
                counts = store.counts()
    audited = _audit(str(plus_one)) if audit else None
    _unlink_store(plus_one)

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
            one = _write(folder / f"extract-{number}.jsonl", [document])
            _unlink_store(store_path)
            with open_store(str(store_path)) as store:
                cpu = time.process_time()
                ingest_paths([one], store, runner=LocalRunner(nlp))
                times[document.id].append(round(time.process_time() - cpu, 3))
    _unlink_store(store_path)
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


def chosen_articles(documents: list[Document], count: int) -> list[Document]:
    """``count`` articles spread evenly over the corpus, the last always among them, at
    most all but one (the train store keeps at least one)."""
    count = max(1, min(count, len(documents) - 1))
    step = len(documents) / count
    picked = sorted({len(documents) - 1 - int(i * step) for i in range(count)})
    return [documents[i] for i in picked]


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
    one = _write(folder / f"{size}-last-{number}.jsonl", [article])
    extract_cpu, start = time.process_time(), time.perf_counter()
    ingest_paths([one], store, runner=LocalRunner(nlp))
    extracted, extract_cpu = time.perf_counter() - start, time.process_time() - extract_cpu
    fresh_db = folder / f"{size}-fresh.db"
    if fresh_copy is not None:
        _copy_without(fresh_copy, fresh_db, ())  # the article stored, the hook not yet run
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
        _unlink_store(fresh_db)
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


def _audit(db: str) -> float:
    start = time.perf_counter()
    audit = CliRunner().invoke(app, ["audit", "--db", db, "--format", "json"])
    if audit.exit_code != 0:
        raise RuntimeError(f"audit failed: {audit.output}")
    return time.perf_counter() - start


def _copy_without(source: Path, target: Path, document_ids: Collection[str]) -> None:
    """A consistent copy of a store (write-ahead log included), migrated, without some
    documents (their rows go with them)."""
    _unlink_store(target)
    with sqlite3.connect(source) as a, sqlite3.connect(target) as b:
        a.backup(b)
    with open_store(str(target)):
        pass  # migrated to this code's schema
    with sqlite3.connect(target) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        raw.executemany("DELETE FROM documents WHERE id = ?", [(i,) for i in document_ids])


def _unlink_store(path: Path) -> None:
    for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        part.unlink(missing_ok=True)


def _warm_up(nlp: Any, folder: Path, documents: list[Document]) -> None:
    """The articles to add read once through extraction and the hook before anything is
    timed: the pipeline's first reading of a text costs more than the next (its first
    document loads what it loads lazily, and words it has not seen before cost more), which
    would fall on the first size and make the same article's extraction dearer there."""
    warm = folder / "warm-up.db"
    _unlink_store(warm)
    with open_store(str(warm)) as store:
        ingest_paths([_write(folder / "warm-up.jsonl", documents)], store, runner=LocalRunner(nlp))
        update(store, lambda _: None)
    _unlink_store(warm)


def _copies(train_db: str, store: Store, nlp: Any, held: list[Document], copies: int) -> None:
    """Train's stored extractions (claims included), ``copies`` times under new ids: as if
    extracted again."""
    extractor = extractor_id(nlp)
    with open_store(train_db, create=False) as source:
        for copy in range(copies):
            for document in held:
                new_id = f"{document.id}~{copy}"
                attributions = [s.attribution for s in source.attributions(document.id)]
                mentions = [m for _, m in source.mentions(document.id)]
                figures = [
                    dataclasses.replace(f, document_id=new_id) for f in source.figures(document.id)
                ]
                # the claims too: without them the copies carry no court steps or accusations,
                # and the ledger at train10 is not train's ten times (before 2026-12-04 they
                # were left out)
                claims = [c for _, c in source.claims(document.id)]
                stored = source.document(document.id)
                assert stored is not None, f"{document.id} is not in {train_db}: run train first"
                renamed = dataclasses.replace(stored.document, id=new_id)
                store.put_document(renamed, attributions, mentions, figures, extractor, claims)


def _print_size(
    size: str, figures: dict[str, Any], done: dict[str, dict[str, Any]], args: argparse.Namespace
) -> None:
    if args.json:
        return
    first = next(iter(done.values()))
    add, base_add = figures["add_one"]["total_s"], first["add_one"]["total_s"]
    print(
        f"{size}: store of {figures['documents_before']:,} documents"
        f" ({figures['counts']['entities']:,} entities,"
        f" {figures['counts']['allegations']:,} allegations), built in {figures['build_s']} s"
    )
    print(
        f"  add one article {add:8.2f} s  (extract and store"
        f" {figures['add_one']['extract_and_store_s']:.2f} s, ledger update"
        f" {figures['add_one']['update_s']:.2f} s: {figures['add_one']['update']}; a full"
        f" rebuild {figures['add_one']['rebuild_s']:.2f} s)  {_times(add, base_add)} the first size"
    )
    hook, base_hook = figures["hook"], first["hook"]
    cpu, wall = hook["cpu_s"], hook["wall_s"]
    previous = _before(size, done)
    against = (
        ""
        if previous is None
        else f", {_times(cpu['median'], previous['hook']['cpu_s']['median'])} CPU the size before"
    )
    print(
        f"  hook over {hook['articles']} articles: CPU {cpu['median']:.2f} s median"
        f" ({cpu['least']:.2f}-{cpu['most']:.2f}), wall {wall['median']:.2f} s"
        f" ({wall['least']:.2f}-{wall['most']:.2f});"
        f" medians {_times(cpu['median'], base_hook['cpu_s']['median'])} CPU,"
        f" {_times(wall['median'], base_hook['wall_s']['median'])} wall the first size{against}"
    )
    whole, extract = hook["total_cpu_s"], hook["extract_cpu_s"]
    paired = "" if previous is None else ", " + _paired_words(figures, previous)
    print(
        f"  add one article, CPU: {whole['median']:.2f} s median"
        f" ({whole['least']:.2f}-{whole['most']:.2f}; of it extraction and storing"
        f" {extract['median']:.2f}, {extract['least']:.2f}-{extract['most']:.2f}),"
        f" {_times(whole['median'], base_hook['total_cpu_s']['median'])} the first size{paired}"
    )
    if "total_shared_cpu_s" in hook:
        shared = hook["total_shared_cpu_s"]
        paired = (
            ""
            if previous is None
            else ", per article the size before "
            + _times_or_none(
                _paired(figures["articles"], previous["articles"], "total_shared_cpu_s")
            )
        )
        print(
            f"  add one article, CPU, the extraction timed apart and shared by the sizes:"
            f" {shared['median']:.2f} s median ({shared['least']:.2f}-{shared['most']:.2f}),"
            f" {_times(shared['median'], base_hook['total_shared_cpu_s']['median'])}"
            f" the first size{paired}"
        )
    if "fresh_cpu_s" in hook:
        fresh, surplus = hook["fresh_cpu_s"], hook["fresh_surplus_cpu_s"]
        print(
            f"  hook in a fresh process: CPU {fresh['median']:.2f} s median"
            f" ({fresh['least']:.2f}-{fresh['most']:.2f}); more than in this process"
            f" {surplus['median']:.2f} s median ({surplus['least']:.2f}-{surplus['most']:.2f})"
        )
    for article in figures["articles"]:
        print(
            f"    {article['id'][:60]:60} hook CPU {article['update_cpu_s']:6.2f} s"
            f"  wall {article['update_s']:6.2f} s  whole CPU {article['total_cpu_s']:6.2f} s"
            f"  {article['update']}"
            + ("" if article["reached_names"] is None else f", {article['reached_names']:,} names")
        )
    if figures["audit_s"] is not None and first["audit_s"]:
        print(
            f"  audit           {figures['audit_s']:8.2f} s"
            f"  {_times(figures['audit_s'], first['audit_s'])} the first size"
        )


CLOCKS = {
    "cpu": "update_cpu_s",
    "wall": "update_s",
    "total_cpu": "total_cpu_s",
    # the extraction timed apart, shared by the sizes (``shared_extraction``)
    "total_shared_cpu": "total_shared_cpu_s",
    # the hook in a fresh process (``--fresh-hook``)
    "fresh_cpu": "update_fresh_cpu_s",
}


def hook_ratios(sizes: dict[str, dict[str, Any]]) -> dict[str, dict[str, float | None]]:
    """Per size, against the size before it (the issue's targets: train against dev, train10
    against train): the quotient of the medians of the hook, in CPU and in wall seconds, and
    of adding one article whole (extraction and storing too: ``total_cpu``); and, since the
    same articles are added at every size, the median of each article's own quotient
    (``..._paired_vs_...``), which one article's extraction cannot move."""
    names = list(sizes)
    ratios: dict[str, dict[str, float | None]] = {}
    for at, size in enumerate(names[1:], start=1):
        before = names[at - 1]
        ratios[size] = {}
        for clock, field in CLOCKS.items():
            if f"{clock}_s" not in sizes[size]["hook"] or f"{clock}_s" not in sizes[before]["hook"]:
                continue  # a figure this run did not take
            ratios[size][f"{clock}_vs_{before}"] = _ratio(
                sizes[size]["hook"][f"{clock}_s"]["median"],
                sizes[before]["hook"][f"{clock}_s"]["median"],
            )
            ratios[size][f"{clock}_paired_vs_{before}"] = _paired(
                sizes[size]["articles"], sizes[before]["articles"], field
            )
    return ratios


def _paired(
    articles: list[dict[str, Any]], before: list[dict[str, Any]], field: str
) -> float | None:
    """The median over the articles of ``field`` here against the same article before; None
    where an article's figure before rounds to nothing or the articles differ."""
    earlier = {a["id"]: a[field] for a in before}
    if set(earlier) != {a["id"] for a in articles} or not all(earlier.values()):
        return None
    return round(median(a[field] / earlier[a["id"]] for a in articles), 2)


def _ratio(a: float, b: float) -> float | None:
    """``a / b`` to two places; None where ``b`` rounds to nothing (a tiny corpus's hook)."""
    return round(a / b, 2) if b else None


def _times(a: float, b: float) -> str:
    ratio = _ratio(a, b)
    return "-" if ratio is None else f"{ratio:.2f}x"


def _times_or_none(ratio: float | None) -> str:
    return "-" if ratio is None else f"{ratio:.2f}x"


def _paired_words(figures: dict[str, Any], previous: dict[str, Any]) -> str:
    """Each article's own quotient against the size before, their median: hook, whole."""
    hook = _paired(figures["articles"], previous["articles"], "update_cpu_s")
    whole = _paired(figures["articles"], previous["articles"], "total_cpu_s")
    words = ["-" if r is None else f"{r:.2f}x" for r in (hook, whole)]
    return f"per article the size before: hook {words[0]}, whole {words[1]} (median)"


def _before(size: str, done: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    names = list(done)
    at = names.index(size)
    return done[names[at - 1]] if at > 0 else None


# --- helpers -------------------------------------------------------------------------------


def _write(path: Path, documents: list[Document]) -> Path:
    fields = ("id", "text", "url", "outlet", "published", "title")
    with path.open("w", encoding="utf-8") as out:
        for document in documents:
            row = {f: getattr(document, f) for f in fields if getattr(document, f) is not None}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


@contextmanager
def _folder(keep: Path | None) -> Iterator[Path]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    with tempfile.TemporaryDirectory(prefix="corroborate-scale-") as tmp:
        yield Path(tmp)


def _peak_rss() -> dict[str, int]:
    # ru_maxrss is in kilobytes on Linux; for children, the largest one waited for.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"self": own // 1024, "workers": workers // 1024}


if __name__ == "__main__":
    sys.exit(run(main))
