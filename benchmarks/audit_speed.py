"""Time of ``corroborate audit`` on a small and a large store, in one run.

    python benchmarks/audit_speed.py --small SMALL.db --large LARGE.db
                                     [--add ../shared/corpora/karachi-dev.jsonl]
                                     [--repeat 3] [--spacy-model NAME] [--json]

The stores are what ``benchmarks/scale.py --keep`` leaves (PolNeAR dev and train ingested,
85 and 842 articles) or any two stores; each is copied to a temporary directory and migrated
there, so the originals are never written. PolNeAR gives almost no enforcement figures and
no group; ``--add FILE`` ingests the same articles into both copies (the ledger rebuilt), so
that the audit has groups, entities and statements to set them against at both sizes.

Each size is audited two ways in one process, alternating which goes first, best of
--repeat:

- ``stored``: ``audit.stored.audit_store``, what the command runs (the figures and the ledger
  first; where a group can be contested, the attributions ingest marked as complaints, their
  documents and mentions, and the index of people);
- ``whole``: the audit over every stored document's records (attributions, mentions, claims
  and texts of the whole store, as the audit read them before), the baseline.

Printed: seconds per size and way, the growth from the small store to the large one (the
issue's target: at most 2x), and whether both ways give the same audit JSON; where they do
not at a size, stderr names the size and the command exits 1 (the figures still printed).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from timing import best_of  # benchmarks/timing.py, beside this script
from user_errors import run  # benchmarks/user_errors.py

from corroborate import settings
from corroborate.audit.report import build_audit
from corroborate.audit.stored import audit_store, stored_index
from corroborate.errors import InputError
from corroborate.ingest import ingest_paths
from corroborate.ledger.store import analysed_documents, rebuild
from corroborate.nlp.pipeline import load_pipeline
from corroborate.store import open_store
from corroborate.store.store import Store

__all__ = ["build_parser", "main", "time_store", "whole_store_audit"]


def whole_store_audit(store: Store) -> dict[str, Any]:
    """The baseline: the audit over every document's records."""
    ledger = store.ledger()
    documents = analysed_documents(store)
    return build_audit(documents, store.figures(), ledger, stored_index(ledger)).to_json()


def time_store(path: Path, repeat: int) -> dict[str, Any]:
    with open_store(str(path), create=False) as store:
        counts = store.counts()
        same = audit_store(store).to_json() == whole_store_audit(store)
        times = best_of(
            {"stored": lambda: audit_store(store), "whole": lambda: whole_store_audit(store)},
            repeat,
        )
    return {"documents": counts["documents"], "same_audit": same, **times}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--small", type=Path, required=True, help="the smaller store (SQLite)")
    parser.add_argument("--large", type=Path, required=True, help="the larger store (SQLite)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best is kept")
    parser.add_argument("--add", type=Path, help="articles (JSONL) to ingest into both stores")
    parser.add_argument("--spacy-model", default=None, help=settings.SPACY_MODEL_HELP)
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    sizes: dict[str, dict[str, Any]] = {}
    nlp = load_pipeline(args.spacy_model) if args.add else None
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in (("small", args.small), ("large", args.large)):
            if not path.is_file():
                raise InputError(str(path), None, "no such store", "pass a SQLite store file")
            copy = Path(tmp) / f"{name}.db"
            shutil.copyfile(path, copy)
            if args.add:
                with open_store(str(copy)) as store:
                    ingest_paths([args.add], store, nlp, after_ingest=rebuild)
            sizes[name] = time_store(copy, args.repeat)
    small, large = sizes["small"], sizes["large"]
    figures = {
        "sizes": sizes,
        "growth": {way: round(large[way] / small[way], 2) for way in ("stored", "whole")},
        "stored_over_whole_at_large": round(large["stored"] / large["whole"], 3),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return _differing(sizes)
    for name, size in sizes.items():
        print(
            f"{name:6} {size['documents']:6} documents  stored {size['stored'] * 1000:8.1f} ms"
            f"  whole {size['whole'] * 1000:8.1f} ms  same audit: {size['same_audit']}"
        )
    growth = figures["growth"]
    print(f"growth small -> large  stored {growth['stored']:.2f}x  whole {growth['whole']:.2f}x")
    return _differing(sizes)


def _differing(sizes: dict[str, dict[str, Any]]) -> int:
    """1, each size named on stderr, where the stored audit is not the whole-store one."""
    differing = [name for name, size in sizes.items() if not size["same_audit"]]
    for name in differing:
        print(f"not the same audit both ways: the {name} store", file=sys.stderr)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(run(main))
