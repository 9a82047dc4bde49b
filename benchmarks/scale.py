"""Scale: extraction throughput by where it runs, and what one more article costs as a store grows.

    python benchmarks/scale.py [--dev ../shared/benchmarks/polnear/dev.jsonl]
                               [--train ../shared/benchmarks/polnear/train.jsonl]
                               [--sizes dev,train[,train10]] [--workers 2] [--repeat 1]
                               [--skip-throughput] [--skip-audit] [--keep DIR]
                               [--stores DIR] [--json]

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
- **adding one article**, at each size: a store holding every article of the corpus but its
  last (built with the worker processes, ledger rebuilt; or, with ``--stores DIR``, a copy of
  DIR's ``dev.db`` / ``train.db`` without its last article, rebuilt), then the last one
  ingested as ``corroborate ingest`` does it: extraction and storing, then the ingest hook
  (``ledger.store.update``: the ledger's update, or a full rebuild and why), timed apart; and
  a full rebuild of the same store after it, for reference. ``train10`` is train ten times
  under new ids (copied from the train store's extractions, not extracted again). Ratio:
  against the smallest size.
- **audit**: ``corroborate audit --format json`` on that store, in this process.
- **peak memory**: the peak resident set of this process (it holds the pipeline and, while
  it runs, the ledger) and of the largest worker process.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing
import resource
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
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
    args = parser.parse_args(argv)
    sizes = [s for s in args.sizes.split(",") if s]
    if unknown := set(sizes) - set(SIZES):
        parser.error(f"unknown sizes {sorted(unknown)}; pick from {', '.join(SIZES)}")

    nlp = load_pipeline()
    result: dict[str, Any] = {"workers": args.workers}
    with _folder(args.keep) as folder:
        if not args.skip_throughput:
            result["throughput"] = throughput(args.dev, nlp, args.workers, args.repeat, folder)
            _print_throughput(result["throughput"], args)
        result["sizes"] = {}
        for size in sizes:
            corpus = {"dev": args.dev, "train": args.train, "train10": args.train}[size]
            figures = grow(size, corpus, nlp, args.workers, folder, args.stores,
                           audit=not args.skip_audit)  # fmt: skip
            result["sizes"][size] = figures
            _print_size(size, figures, result["sizes"], args)
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
    nlp: Any,
    workers: int,
    folder: Path,
    stores: Path | None = None,
    audit: bool = True,
) -> dict[str, Any]:
    documents = list(read_documents([corpus]))
    *held, last = documents
    db = str(folder / f"{size}.db")
    start = time.perf_counter()
    if stores is not None and size != "train10":
        _copy_without(stores / f"{size}.db", Path(db), last.id)
    with open_store(db) as store:
        if size == "train10":
            _copies(str(folder / "train.db"), store, nlp, held, COPIES)
            documents_before = len(held) * COPIES
        elif stores is not None:
            documents_before = store.counts()["documents"]
        else:
            held_file = _write(folder / f"{size}-held.jsonl", held)
            with ProcessRunner(nlp, workers=workers) as runner:
                ingest_paths([held_file], store, runner=runner)
            documents_before = len(held)
        rebuild(store)
        built = time.perf_counter() - start

        one = _write(folder / f"{size}-last.jsonl", [last])
        start = time.perf_counter()
        ingest_paths([one], store, runner=LocalRunner(nlp))
        extracted = time.perf_counter() - start
        seen: list[Update] = []
        start = time.perf_counter()
        reason = update(store, seen.append)
        updated = time.perf_counter() - start
        how = reason or ("added" if not seen[0].whole else
                         f"{len(seen[0].stepped)} documents stepped again")  # fmt: skip
        start = time.perf_counter()
        rebuild(store)
        rebuilt = time.perf_counter() - start
        counts = store.counts()

    audited = _audit(db) if audit else None
    return {
        "documents_before": documents_before,
        "counts": counts,
        "build_s": round(built, 1),
        "add_one": {
            "extract_and_store_s": round(extracted, 2),
            "update_s": round(updated, 2),
            "update": how,
            "rebuild_s": round(rebuilt, 2),
            "total_s": round(extracted + updated, 2),
        },
        "audit_s": None if audited is None else round(audited, 2),
    }


def _audit(db: str) -> float:
    start = time.perf_counter()
    audit = CliRunner().invoke(app, ["audit", "--db", db, "--format", "json"])
    if audit.exit_code != 0:
        raise RuntimeError(f"audit failed: {audit.output}")
    return time.perf_counter() - start


def _copy_without(source: Path, target: Path, document_id: str) -> None:
    """A consistent copy of a store (write-ahead log included), migrated, without one
    document (its rows go with it)."""
    for path in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        path.unlink(missing_ok=True)
    with sqlite3.connect(source) as a, sqlite3.connect(target) as b:
        a.backup(b)
    with open_store(str(target)):
        pass  # migrated to this code's schema
    with sqlite3.connect(target) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute("DELETE FROM documents WHERE id = ?", (document_id,))


def _copies(train_db: str, store: Store, nlp: Any, held: list[Document], copies: int) -> None:
    """Train's stored extractions, ``copies`` times under new ids: as if extracted again."""
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
                stored = source.document(document.id)
                assert stored is not None, f"{document.id} is not in {train_db}: run train first"
                renamed = dataclasses.replace(stored.document, id=new_id)
                store.put_document(renamed, attributions, mentions, figures, extractor)


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
        f" rebuild {figures['add_one']['rebuild_s']:.2f} s)  {add / base_add:.2f}x the first size"
    )
    if figures["audit_s"] is not None and first["audit_s"]:
        print(
            f"  audit           {figures['audit_s']:8.2f} s"
            f"  {figures['audit_s'] / first['audit_s']:.2f}x the first size"
        )


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
