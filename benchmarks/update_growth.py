"""How the cost of adding one court report grows with the store: the ingest hook's CPU seconds
for reports of another case added to stores of a corpus's first N and 10N reports (issue 15).

    python benchmarks/update_growth.py SOURCE.db CORPUS.jsonl NEW.db --sizes 50 500 \\
        [--held 3] [--repeat 3] [--check] [--reads] [--profile PREFIX] [--json OUT.json]

``SOURCE.db``: a store of court reports ingested from ``CORPUS.jsonl`` (its order decides the
stores: the store of size n holds the corpus's first n reports, copied and rebuilt by the
running code). Added to each, one at a time, the first ``--held`` reports (by id) of
``NEW.db``, a store of another case's reports whose names meet stored ones: each ``--repeat``
times on a fresh copy of the store, timed as ``ingest``'s hook (``ledger.store.update``) in
this process's CPU seconds (other load moves them far less than wall seconds). Per addition:
the median CPU seconds, how the update went (``Update.apart``; ``Update.unreached``: why it
resolved every stored document, None where it resolved only the names the report reaches;
how many stored documents were stepped again; how many names it resolved again) and, with
``--check``, whether it equals a full rebuild (``rebuild_and_compare``, once; else None;
exit status 1 where one is not equal).
Printed per size: the median over the additions. ``--profile``: the first try at the largest size is
profiled instead (``cProfile``, one file per report: ``PREFIX.ID``), not timed. ``--reads``:
``corroborate audit`` and ``corroborate ledger`` (JSON) on each size's store too, each
``--repeat`` times, median CPU seconds of this process (2026-12-06, scale74). Run it under
two trees (``PYTHONPATH=TREE:TREE/benchmarks``) in one session to compare code on the same
stores (``update_described.py`` measures the untied descriptions' share the same way).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from scale_stores import copy_store, copy_store_without, unlink_store  # beside this script
from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.ledger.build import AnalysedDocument
from corroborate.ledger.store import analysed_documents, rebuild, rebuild_and_compare, update
from corroborate.ledger.update import Update
from corroborate.store import open_store

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The command line, every option with its help (tested: ``--help`` names each)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="a store of court reports ingested from CORPUS")
    parser.add_argument("corpus", type=Path, help="the JSONL ingested: its order decides the sizes")
    parser.add_argument("new", type=Path, help="a store of reports of another case")
    parser.add_argument("--sizes", type=int, nargs="+", required=True,
                        help="the stores' sizes: the corpus's first N reports each")  # fmt: skip
    parser.add_argument("--held", type=int, default=3,
                        help="how many of NEW's reports are added (default 3)")  # fmt: skip
    parser.add_argument("--repeat", type=int, default=3,
                        help="tries per addition, the median timed (default 3)")  # fmt: skip
    parser.add_argument("--check", action="store_true",
                        help="compare each addition with a full rebuild")  # fmt: skip
    parser.add_argument("--reads", action="store_true", help="time audit and ledger too")
    parser.add_argument("--profile", type=Path,
                        help="profile one more try at the largest size: PREFIX.ID")  # fmt: skip
    parser.add_argument("--json", type=Path, help="write the figures to this file too")
    return parser


def main(argv: list[str] | None = None) -> int:
    """0, or 1 where an addition checked (``--check``) differs from a full rebuild (named on
    stderr)."""
    args = build_parser().parse_args(argv)
    order = [json.loads(line)["id"] for line in args.corpus.read_text().splitlines() if line]
    with open_store(str(args.new), create=False) as store:
        new = sorted(analysed_documents(store), key=lambda d: d.document.id)[: args.held]
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="corroborate-growth-") as tmp:
        for size in args.sizes:
            db = Path(tmp) / f"store{size}.db"
            copy_store_without(args.source, db, order[size:])
            with open_store(str(db)) as store:
                rebuild(store)
            reads = {c: _read_cpu(db, c, args.repeat) for c in ("audit", "ledger") if args.reads}
            profile = args.profile if size == max(args.sizes) else None
            added = [_added(Path(tmp), db, d, args, profile) for d in new]
            out[str(size)] = added if not args.reads else {"added": added, "reads": reads}
            cpu = statistics.median(a["hook_cpu_s"] for a in added)
            print(f"{size} reports: median hook {cpu:.3f} s CPU", flush=True)
            if args.reads:
                print(f"  reads (median CPU s): {reads}", flush=True)
            for a in added:
                print(f"  {a}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    additions = {size: figures["added"] if args.reads else figures for size, figures in out.items()}
    unequal = [f"{size} reports: {a['id']}" for size, added in additions.items()
               for a in added if a["equal"] is False]  # fmt: skip
    for line in unequal:
        print(f"not equal to a full rebuild: {line}", file=sys.stderr)
    return 1 if unequal else 0


def _added(
    folder: Path, db: Path, doc: AnalysedDocument, args: argparse.Namespace,
    profile: Path | None,
) -> dict[str, Any]:  # fmt: skip
    cpu: list[float] = []
    how: dict[str, Any] = {}
    equal: bool | None = None
    trial = folder / "trial.db"
    tries = args.repeat + (1 if profile else 0)
    for attempt in range(tries):
        copy_store(db, trial)
        with open_store(str(trial)) as store:
            store.put_document(doc.document, doc.attributions, doc.mentions, claims=doc.claims)
            seen: list[Update] = []
            profiler = cProfile.Profile() if profile and attempt == 0 else None
            start = time.process_time()
            if profiler:
                reason = profiler.runcall(update, store, seen.append)
                profiler.dump_stats(f"{profile}.{doc.document.id}")
            else:
                reason = update(store, seen.append)
                cpu.append(time.process_time() - start)
            how = _how(reason, seen)
            if attempt == 0 and args.check:
                equal = rebuild_and_compare(store) is None
    unlink_store(trial)
    return {"id": doc.document.id, "hook_cpu_s": round(statistics.median(cpu), 3),
            "tries_cpu_s": [round(c, 3) for c in cpu], **how, "equal": equal}  # fmt: skip


def _read_cpu(db: Path, command: str, repeat: int) -> float:
    """The median CPU seconds of ``corroborate COMMAND --format json`` on the store, in this
    process (the CLI's own code path: the store opened, the ledger read and printed)."""
    cpu: list[float] = []
    for _ in range(repeat):
        start = time.process_time()
        result = CliRunner().invoke(app, [command, "--db", str(db), "--format", "json"])
        cpu.append(time.process_time() - start)
        if result.exit_code != 0:
            raise RuntimeError(f"{command} failed: {result.output[-500:]}")
    return round(statistics.median(cpu), 3)


def _how(reason: str | None, seen: list[Update]) -> dict[str, Any]:
    if reason is not None:
        return {"rebuilt": reason}
    found = seen[0]
    return {
        "apart": found.apart,
        "unreached": found.unreached,
        "stepped": len(found.stepped),
        "reached": found.by_delta.reached if found.by_delta else None,
    }


if __name__ == "__main__":
    sys.exit(main())
