"""Adding one article to a stored corpus: the ledger's update (``ledger.update``) against the
full rebuild, and how often the update applies.

    python benchmarks/update.py STORE.db [STORE.db ...] [--sample N] [--json]

Each STORE (a SQLite store of a corpus, e.g. ``scale.py --keep DIR``'s ``dev.db`` and
``train.db``) is copied into a temporary folder and migrated there, never written. Per store:

- **applies**: for each of ``--sample`` documents spread evenly over the store (all of them
  when it holds fewer), a copy without that document, its ledger and index rebuilt whole;
  then the document is put back and the ledger brought up to date as ``ingest`` does
  (``ledger.store.update``): added (the document touches nothing stored), stepped again
  (``ledger.restep``: how many stored documents were stepped again besides it), or rebuilt
  whole and why; and checked equal to a full rebuild (``rebuild_and_compare``), whose time
  the hook's is divided by (median over the documents). Also the medians in seconds of the
  hook and of that full rebuild: the cost of adding one article of the corpus's own beat.
  Every document is checked; where an update is not equal to a full rebuild, the run goes
  on, names each such document and its first difference on stderr and exits 1.
- **cost**: on the whole store, an invented report of a story the corpus does not tell
  (extracted once, in this process) added as ``ingest`` does: the hook's time (the update)
  against a full rebuild of the same store, timed just after (best of ``--repeat``
  alternating rounds, ``timing.best_of``). Ratio: update over rebuild, and each size's
  update against the first store's.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from timing import best_of  # benchmarks/timing.py, beside this script

from corroborate.ingest import ingest_paths
from corroborate.ledger.store import analysed_documents, rebuild, rebuild_and_compare, update
from corroborate.ledger.update import Update
from corroborate.nlp.pipeline import load_pipeline
from corroborate.records import Document
from corroborate.run import LocalRunner
from corroborate.store import open_store

__all__ = ["STORY", "applies", "build_parser", "cost", "main"]

# Its names collide with no stored name's blocking key in PolNeAR dev or train: "Lagos" did
# (its spelling key, "lg", is that of "LGA" and "LEAGUE" in train), and so did "Maribel
# Oyelaran" (the variant block of first letters, "m:o", which any shared key now steps again).
STORY = (
    "Police arrested Zebulon Quarrington on Monday. Prosecutors accused Zebulon"
    " Quarrington of smuggling turtles, Inspector Xiomara Qwabe told reporters."
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stores", nargs="+", type=Path,
                        help="SQLite stores of a corpus (copied, never written)")  # fmt: skip
    parser.add_argument("--sample", type=int, default=20,
                        help="documents per store taken out and put back, each checked equal"
                        " to a full rebuild (default 20; 0: the cost alone)")  # fmt: skip
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds of the cost (an unrelated report added); the best is"
                        " kept (default 3)")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    story, nlp = _story(), load_pipeline()
    out: dict[str, Any] = {}
    unequal: list[str] = []  # "STORE: DOCUMENT: the first difference", per failed check
    with tempfile.TemporaryDirectory() as folder:
        for source in args.stores:
            copy = Path(folder) / source.name
            _copy(source, copy)
            with open_store(str(copy)) as store:  # migrates the copy
                rebuild(store)
            differences: dict[str, str] = {}
            figures = {
                "applies": applies(copy, args.sample, differences) if args.sample else None,
                "cost": cost(copy, story, nlp, args.repeat),
            }
            out[source.name] = figures
            unequal += [f"{source.name}: {d}: {why}" for d, why in differences.items()]
            if not args.json:
                _print(source.name, figures, out)
    if args.json:
        print(json.dumps(out, indent=2))
    for line in unequal:
        print(f"not equal to a full rebuild: {line}", file=sys.stderr)
    return 1 if unequal else 0


def applies(db: Path, sample: int, differences: dict[str, str]) -> dict[str, Any]:
    """The documents put back one at a time (the module's docstring); each whose update is
    not equal to a full rebuild goes into ``differences`` with the first difference."""
    with open_store(str(db)) as store:
        ids = sorted(s.document.id for s in store.documents())
    chosen = ids if sample >= len(ids) else [ids[i * len(ids) // sample] for i in range(sample)]
    reasons: Counter[str] = Counter()
    against: list[float] = []  # the hook's time over a full rebuild's, per document
    hooks: list[float] = []
    fulls: list[float] = []
    stepped: list[int] = []  # stored documents stepped again besides the one put back
    # how a stepped-again update resolved: "scoped" to what the document reaches
    # (``ledger.reached``), else why every document was resolved
    resolved: Counter[str] = Counter()
    for document_id in chosen:
        trial = db.with_suffix(".trial.db")
        _copy(db, trial)
        with open_store(str(trial)) as store:
            (held,) = [d for d in analysed_documents(store) if d.document.id == document_id]
            stored = store.document(document_id)
            assert stored is not None
        with sqlite3.connect(trial) as raw:  # the document out, its rows with it (CASCADE)
            raw.execute("PRAGMA foreign_keys = ON")
            raw.execute("DELETE FROM documents WHERE id = ?", (document_id,))
        with open_store(str(trial)) as store:
            rebuild(store)
            store.put_document(held.document, held.attributions, held.mentions,
                               claims=held.claims)  # fmt: skip
            seen: list[Update] = []
            start = time.perf_counter()
            reason = update(store, seen.append)
            hook = time.perf_counter() - start
            if seen:
                reason = "stepped again" if seen[0].whole else "added"
                stepped.append(len(seen[0].stepped - {document_id}))
                if seen[0].whole:
                    resolved[seen[0].unreached or "scoped"] += 1
            reasons[reason or "updated"] += 1
            start = time.perf_counter()
            # The update must equal the full rebuild; a fall-back's check costs a rebuild.
            if (difference := rebuild_and_compare(store)) is not None:
                differences[document_id] = " ".join(difference.split())
            full = time.perf_counter() - start
            against.append(hook / full)
            hooks.append(hook)
            fulls.append(full)
        _remove(trial)
    updated = reasons["added"] + reasons["stepped again"]
    return {"documents": len(chosen), "updated": updated / len(chosen),
            "outcomes": dict(reasons.most_common()),
            "resolution": dict(resolved.most_common()),
            "stepped_again_median": statistics.median(stepped) if stepped else None,
            "stepped_again_max": max(stepped, default=None),
            "hook_s": round(statistics.median(hooks), 3),
            "rebuild_s": round(statistics.median(fulls), 3),
            "hook_over_rebuild": round(statistics.median(against), 3)}  # fmt: skip


def cost(db: Path, story: Document, nlp: Any, repeat: int) -> dict[str, Any]:
    hook: list[float] = []
    reasons: list[str | None] = []
    for _ in range(repeat):
        trial = db.with_suffix(".cost.db")
        _copy(db, trial)
        with open_store(str(trial)) as store:
            path = trial.with_suffix(".jsonl")
            path.write_text(json.dumps({"id": story.id, "text": story.text}) + "\n")
            ingest_paths([path], store, runner=LocalRunner(nlp))
            start = time.perf_counter()
            reasons.append(update(store))
            hook.append(time.perf_counter() - start)
            full = best_of({"rebuild": lambda: rebuild(store)}, repeat)["rebuild"]
        _remove(trial)
    return {
        "update_s": round(min(hook), 3),
        "rebuild_s": round(full, 3),
        "ratio": round(min(hook) / full, 3),
        "reasons": sorted({str(r) for r in reasons}),
    }


def _copy(source: Path, target: Path) -> None:
    """A consistent copy, write-ahead log included (a file copy may miss it)."""
    _remove(target)
    with sqlite3.connect(source) as a, sqlite3.connect(target) as b:
        a.backup(b)


def _remove(db: Path) -> None:
    for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        path.unlink(missing_ok=True)


def _story() -> Document:
    return Document("zz-turtles", STORY, published="2031-05-02")


def _print(name: str, figures: dict[str, Any], done: dict[str, Any]) -> None:
    a, c = figures["applies"], figures["cost"]
    first = next(iter(done.values()))["cost"]["update_s"]
    if a is not None:
        print(
            f"{name}: updated {a['updated']:.0%} of {a['documents']} documents added one at a"
            f" time {a['outcomes']}, stepping again {a['stepped_again_median']} stored"
            f" documents (median; at most {a['stepped_again_max']}); the hook {a['hook_s']} s"
            f" against a rebuild of {a['rebuild_s']} s (median ratio"
            f" {a['hook_over_rebuild']:.2f}); resolution of those stepped again"
            f" {a['resolution']}"
        )
    print(f"{name}: an unrelated report: update {c['update_s']:.3f} s"
          f" ({c['reasons']}), full rebuild {c['rebuild_s']:.3f} s, ratio {c['ratio']:.3f};"
          f" update {c['update_s'] / first:.2f}x the first store's")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
