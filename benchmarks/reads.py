"""Read commands at several store sizes: wall time and peak memory, as ratios to the first.

    .venv/bin/python benchmarks/reads.py --db SMALL.db --db LARGE.db [--rounds 3]
                                         [--entity "Donald Trump"] [--json]

Runs ``corroborate ledger --format json``, ``audit --format json``, ``entity NAME`` and
``documents`` on each store as a user would (a new process each, start-up included, output
thrown away), ``--rounds`` times, each round reversing the order of the stores of the last, so
that no store always gets the warmer caches. Prints per command and store the median wall
seconds and the largest peak RSS (``wait4``'s ``ru_maxrss``, what ``/usr/bin/time -v`` calls
"Maximum resident set size"), and the ratio of each store's median to the first store's: a
ratio near 1 for ten times the articles is a read that does not grow with the store. The
stores are only read.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from user_errors import run  # benchmarks/user_errors.py, beside this script

from corroborate.errors import InputError

CORROBORATE = [sys.executable, "-m", "corroborate"]


def commands(entity: str) -> dict[str, list[str]]:
    return {
        "ledger --format json": ["ledger", "--format", "json"],
        "audit --format json": ["audit", "--format", "json"],
        f"entity {entity!r}": ["entity", entity],
        "documents": ["documents"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--db", action="append", required=True, help="a store (repeat)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--entity", default="Donald Trump", help="the name `entity` asks for")
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    args = parser.parse_args(argv)
    for db in args.db:
        if not Path(db).is_file():
            raise InputError(db, None, "no such store", "build one with corroborate ingest")
    runs = commands(args.entity)
    seconds: dict[str, dict[str, list[float]]] = {c: {db: [] for db in args.db} for c in runs}
    peak: dict[str, dict[str, int]] = {c: dict.fromkeys(args.db, 0) for c in runs}
    for round_number in range(args.rounds):
        order = args.db if round_number % 2 == 0 else args.db[::-1]
        for db in order:
            for name, arguments in runs.items():
                wall, rss = timed([*CORROBORATE, *arguments, "--db", db])
                seconds[name][db].append(wall)
                peak[name][db] = max(peak[name][db], rss)
    result = _result(seconds, peak, args.db)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print(result, args.db, args.rounds)
    return 0


def timed(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS in MB of one run of ``command``; SystemExit if it fails."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    if process.returncode != 0:
        error = process.stderr.read().decode(errors="replace") if process.stderr else ""
        raise SystemExit(f"{' '.join(command[2:])}: exit {process.returncode}: {error[-300:]}")
    if process.stderr:
        process.stderr.close()
    return wall, usage.ru_maxrss // 1024  # kilobytes on Linux


def _result(
    seconds: dict[str, dict[str, list[float]]], peak: dict[str, dict[str, int]], dbs: list[str]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, by_db in seconds.items():
        first = statistics.median(by_db[dbs[0]])
        out[name] = {
            db: {
                "median_s": round(statistics.median(times), 2),
                "runs_s": [round(t, 2) for t in times],
                "peak_rss_mb": peak[name][db],
                "ratio": round(statistics.median(times) / first, 2),
                "rss_ratio": round(peak[name][db] / max(peak[name][dbs[0]], 1), 2),
            }
            for db, times in by_db.items()
        }
    return out


def _print(result: dict[str, Any], dbs: list[str], rounds: int) -> None:
    print(f"median of {rounds} rounds, stores alternating; ratio to {Path(dbs[0]).name}")
    for name, by_db in result.items():
        print(name)
        for db in dbs:
            one = by_db[db]
            runs = ", ".join(f"{t:.2f}" for t in one["runs_s"])
            print(
                f"  {Path(db).name:20} {one['median_s']:7.2f} s ({runs})"
                f"  {one['peak_rss_mb']:6,} MB   {one['ratio']:.2f}x time,"
                f" {one['rss_ratio']:.2f}x memory"
            )


if __name__ == "__main__":
    sys.exit(run(main))
