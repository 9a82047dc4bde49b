"""Time of ``corroborate ingest`` into a fresh SQLite file against ``extract`` on the same files.

    python benchmarks/ingest_speed.py [--input ../shared/benchmarks/polnear/dev.jsonl]
                                      [--repeat 3] [--spacy-model NAME] [--json]

Both run in one process with one loaded pipeline, alternating which goes first in each round,
and the best of --repeat rounds is kept. "extract" reads the files and extracts, as
``corroborate extract`` does; "ingest" does what ``corroborate ingest`` does: reads, extracts
attributions and mentions from the same parse, stores each document in its own transaction,
then rebuilds the ledger. The ratio ingest / extract is the figure to track (target: at most
1.5). Pipeline loading is left out of both: it costs the same to each.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from timing import best_of  # benchmarks/timing.py, beside this script
from user_errors import run  # benchmarks/user_errors.py

from corroborate import settings
from corroborate.extract import extract_documents
from corroborate.ingest import ingest_paths
from corroborate.ledger.store import rebuild
from corroborate.nlp.pipeline import load_pipeline
from corroborate.read import read_documents
from corroborate.store import open_store

REPO = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = REPO.parent / "shared" / "benchmarks" / "polnear" / "dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="JSONL documents")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best is kept")
    parser.add_argument("--spacy-model", default=None, help=settings.SPACY_MODEL_HELP)
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    args = parser.parse_args(argv)

    nlp = load_pipeline(args.spacy_model)
    paths = [args.input]

    def extract() -> None:
        for _ in extract_documents(read_documents(paths, skip_errors=False), nlp):
            pass

    def ingest() -> None:
        with tempfile.TemporaryDirectory(prefix="corroborate-bench-") as tmp:
            with open_store(str(Path(tmp) / "bench.db")) as store:
                ingest_paths(paths, store, nlp, after_ingest=rebuild)

    best = best_of({"extract": extract, "ingest": ingest}, args.repeat)
    result = {
        "input": str(args.input),
        "extract_s": round(best["extract"], 2),
        "ingest_s": round(best["ingest"], 2),
        "ratio": round(best["ingest"] / best["extract"], 3),
        "repeat": args.repeat,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{args.input.name}, best of {args.repeat}")
        print(f"extract  {result['extract_s']:8.2f} s")
        print(f"ingest   {result['ingest_s']:8.2f} s  (SQLite, ledger rebuilt)")
        print(f"ratio    {result['ratio']:8.3f}  (ingest / extract; target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
