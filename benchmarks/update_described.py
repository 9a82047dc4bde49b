"""What adding one court report costs a store that holds untied descriptions ("the courier"
whose bearer only another report names, ``ledger.described_elsewhere``), against the same store
with none, at two or more sizes.

    python benchmarks/update_described.py SOURCE.db CORPUS.jsonl --sizes 50 500 \\
        [--new OTHER.db] [--held 3] [--repeat 3] [--no-check] [--json OUT.json]

``SOURCE.db``: a store of court reports ingested from ``CORPUS.jsonl`` (its order decides the
stores: the store of size n holds the corpus's first n reports). Per size, two stores, each
copied from the source and rebuilt by the running code: **untied** (as ingested) and **none**
(the same store with every claim holding an untied description deleted: its twin with no
untied step, so the difference is what the descriptions cost). Added to each, one at a time:

- ``--held`` reports of the store whose steps hold an untied description (the untied report
  added last), and as many reports that name one of its candidates (the describing report
  added last), each taken out of the store, the ledger rebuilt, then put back;
- the first ``--held`` reports (by id) of ``--new``, a store of reports of cases the store
  does not tell (a report whose names meet a stored name is stepped again by delta, one that
  touches nothing stored is added: ``ledger.update``).

Each addition is timed as ``ingest``'s hook (``ledger.store.update``: the best of ``--repeat``
tries, each on a fresh copy of the store without it; wall seconds, and this process's CPU
seconds, which other load moves far less), says how the update went (added; by
delta; assembled whole and why; rebuilt and why) and is checked equal to a full rebuild
(``rebuild_and_compare``, once; ``--no-check``: not, where the code under test is known to
be; exit status 1 where one is not equal). Printed per size: the median hook in CPU seconds
(and wall) of each kind of addition on each twin, and untied over none (CPU). Run it under
two trees (``PYTHONPATH``) in one session to compare code on the same stores.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from scale_stores import copy_store, copy_store_without, unlink_store  # beside this script

from corroborate.ledger.build import AnalysedDocument
from corroborate.ledger.store import analysed_documents, rebuild, rebuild_and_compare, update
from corroborate.ledger.update import Update
from corroborate.store import Store, open_store

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The command line, every option with its help (tested: ``--help`` names each)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="a store of court reports ingested from CORPUS")
    parser.add_argument("corpus", type=Path, help="the JSONL ingested: its order decides the sizes")
    parser.add_argument("--sizes", type=int, nargs="+", required=True,
                        help="the stores' sizes: the corpus's first N reports each")  # fmt: skip
    parser.add_argument("--new", type=Path, help="a store of reports of another case")
    parser.add_argument("--held", type=int, default=3,
                        help="how many reports of each kind are added (default 3)")  # fmt: skip
    parser.add_argument("--repeat", type=int, default=3,
                        help="tries per addition, the best timed (default 3)")  # fmt: skip
    parser.add_argument("--no-check", dest="check", action="store_false",
                        help="do not compare each addition with a full rebuild")  # fmt: skip
    parser.add_argument("--json", type=Path, help="write the figures to this file too")
    return parser


def main(argv: list[str] | None = None) -> int:
    """0, or 1 where an addition checked differs from a full rebuild (named on stderr)."""
    args = build_parser().parse_args(argv)
    order = [json.loads(line)["id"] for line in args.corpus.read_text().splitlines() if line]
    new = _analysed(args.new) if args.new else []
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="corroborate-described-") as tmp:
        folder = Path(tmp)
        for size in args.sizes:
            out[str(size)] = figures = _size(args, folder, order, size, new)
            _print(size, figures)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    unequal = [f"{size} reports, {kind}, {twin}: {a['id']}"
               for size, figures in out.items() for kind, twins in figures["kinds"].items()
               for twin, added in twins.items() for a in added if a["equal"] is False]  # fmt: skip
    for line in unequal:
        print(f"not equal to a full rebuild: {line}", file=sys.stderr)
    return 1 if unequal else 0


def _size(
    args: argparse.Namespace, folder: Path, order: list[str], size: int,
    new: list[AnalysedDocument],
) -> dict[str, Any]:  # fmt: skip
    untied, none = folder / f"untied{size}.db", folder / f"none{size}.db"
    copy_store_without(args.source, untied, order[size:])
    copy_store(untied, none)
    with sqlite3.connect(none) as raw:
        deleted = raw.execute("DELETE FROM claims WHERE data LIKE ?", ('%"described"%',)).rowcount
    for db in (untied, none):
        with open_store(str(db)) as store:
            rebuild(store)
    with open_store(str(untied)) as store:
        held = _held(store, args.held)
        stored = {d.document.id: d for d in analysed_documents(store)}
    with open_store(str(none)) as store:
        twin = {d.document.id: d for d in analysed_documents(store)}
    kinds = {"untied last": held[0], "describing last": held[1]}
    figures: dict[str, Any] = {"documents": size, "untied_claims": deleted, "kinds": {}}
    for kind, ids in kinds.items():
        figures["kinds"][kind] = {
            "untied": [_added(folder, untied, stored[i], True, args) for i in ids],
            "none": [_added(folder, none, twin[i], True, args) for i in ids],
        }
    figures["kinds"]["another case"] = {
        "untied": [_added(folder, untied, d, False, args) for d in new[: args.held]],
        "none": [_added(folder, none, d, False, args) for d in new[: args.held]],
    }
    return figures


def _held(store: Store, count: int) -> tuple[list[str], list[str]]:
    """Up to ``count`` documents holding an untied description, and up to ``count`` others
    naming one of their candidates (read from the stored index: ``p:`` references)."""
    untied = sorted({d for d, c in store.claims() if c.described})[:count]
    reached = {ref for ref, _ in store.document_refs(set(untied)) if ref.startswith("p:")}
    describing = sorted({d for _, d in store.readers(reached)} - set(untied))[:count]
    return untied, describing


def _added(
    folder: Path, db: Path, doc: AnalysedDocument, stored: bool, args: argparse.Namespace
) -> dict[str, Any]:
    """``doc`` added to ``db`` (taken out first where ``stored``): the hook's best time of
    ``--repeat`` tries, how it went, and whether it equals a full rebuild (None: not
    checked)."""
    without = folder / "without.db"
    copy_store_without(db, without, [doc.document.id] if stored else [])
    with open_store(str(without)) as store:
        rebuild(store)
    times: list[float] = []
    cpu: list[float] = []
    how = ""
    equal: bool | None = None
    trial = folder / "trial.db"
    for attempt in range(args.repeat):
        copy_store(without, trial)
        with open_store(str(trial)) as store:
            store.put_document(doc.document, doc.attributions, doc.mentions, claims=doc.claims)
            seen: list[Update] = []
            start, start_cpu = time.perf_counter(), time.process_time()
            reason = update(store, seen.append)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            how = _how(reason, seen)
            if attempt == 0 and args.check:
                equal = rebuild_and_compare(store) is None
    unlink_store(trial)
    unlink_store(without)
    return {"id": doc.document.id, "hook_s": round(min(times), 3), "hook_cpu_s": round(min(cpu), 3),
            "how": how, "equal": equal}  # fmt: skip


def _how(reason: str | None, seen: list[Update]) -> str:
    if reason is not None:
        return "rebuilt: " + reason
    found = seen[0]
    if not found.whole:
        return "added"
    wholly = getattr(found, "wholly", None)
    return f"whole: {wholly}" if wholly else "by delta"


def _analysed(db: Path) -> list[AnalysedDocument]:
    with open_store(str(db), create=False) as store:
        return sorted(analysed_documents(store), key=lambda d: d.document.id)


def _print(size: int, figures: dict[str, Any]) -> None:
    print(f"{size} reports ({figures['untied_claims']} claims with an untied description):")
    for kind, twins in figures["kinds"].items():
        medians = {t: round(statistics.median(a["hook_cpu_s"] for a in added), 3) if added else None
                   for t, added in twins.items()}  # fmt: skip
        walls = {t: round(statistics.median(a["hook_s"] for a in added), 3) if added else None
                 for t, added in twins.items()}  # fmt: skip
        hows = {t: sorted({a["how"] for a in added}) for t, added in twins.items()}
        checked = [a["equal"] for added in twins.values() for a in added if a["equal"] is not None]
        equal = all(checked) if checked else "not checked"
        ratio = (f"{medians['untied'] / medians['none']:.2f}"
                 if medians["untied"] and medians["none"] else "-")  # fmt: skip
        print(f"  {kind}: untied {medians['untied']} s CPU ({walls['untied']} s wall)"
              f" {hows['untied']}, none {medians['none']} s CPU ({walls['none']} s wall)"
              f" {hows['none']}; untied/none {ratio}; equal to a rebuild: {equal}")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
