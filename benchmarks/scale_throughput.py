"""Extraction throughput by where it runs: this process, ``ingest --workers`` worker
processes, and a local Dask cluster of as many worker processes; their CPU seconds; the
ceiling the machine's free cores set now; and the peak memory of this process and its
workers.

Split from ``scale.py`` (2026-12-05, scale68), the code unchanged; ``scale.py``'s docstring
says what each figure means.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from timing import best_of  # benchmarks/timing.py, beside this script

from corroborate.ingest import ingest_paths
from corroborate.read import read_documents
from corroborate.run import LocalRunner, ProcessRunner, Runner
from corroborate.store import open_store

__all__ = ["COUNT_TO", "ceiling", "peak_rss", "print_throughput", "throughput"]


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


def print_throughput(figures: dict[str, Any], args: argparse.Namespace) -> None:
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


def peak_rss() -> dict[str, int]:
    # ru_maxrss is in kilobytes on Linux; for children, the largest one waited for.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"self": own // 1024, "workers": workers // 1024}
