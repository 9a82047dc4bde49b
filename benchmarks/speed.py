"""Words per second of corroborate's extraction against the bare spaCy pipeline it runs on.

    python benchmarks/speed.py [--input ../shared/benchmarks/polnear/dev.jsonl] [--limit N]
                               [--repeat 3] [--batch-size 16] [--spacy-model NAME]
                               [--model accurate --model fast] [--json]

The bare pipeline and extraction with each attribution model (default: both, accurate and
fast) are timed in one process on the same texts, rotating which goes first in each round
(so none always gets the warmer caches), and the best of --repeat rounds is kept: the
least disturbed by whatever else the machine is doing. The ratio extract / bare is what our
own code costs; it is a fairer figure to track than either rate alone, which varies with the
machine. Words are regex \\w+ matches, as the scorer counts them.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from timing import best_of  # benchmarks/timing.py, beside this script
from user_errors import run  # benchmarks/user_errors.py

from corroborate import settings
from corroborate.extract import extract_documents
from corroborate.nlp.pipeline import load_bare, load_pipeline, model_name
from corroborate.read import read_documents
from corroborate.records import Document

REPO = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = REPO.parent / "shared" / "benchmarks" / "polnear" / "dev.jsonl"
WORD = re.compile(r"\w+")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="JSONL documents")
    parser.add_argument("--limit", type=int, default=None, help="use the first N documents")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best is kept")
    parser.add_argument("--batch-size", type=int, default=16, help="documents per spaCy batch")
    parser.add_argument("--spacy-model", default=None, help=settings.SPACY_MODEL_HELP)
    parser.add_argument(
        "--model", action="append", default=None, help=settings.MODEL_HELP + " Repeatable."
    )
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    args = parser.parse_args(argv)

    documents: list[Document] = list(read_documents([args.input], skip_errors=False))
    documents = documents[: args.limit] if args.limit else documents
    texts = [d.text for d in documents]
    words = sum(len(WORD.findall(t)) for t in texts)

    models = args.model or ["accurate", "fast"]
    pipelines = {name: load_pipeline(args.spacy_model, name) for name in models}
    first = next(iter(pipelines.values()))
    bare = load_bare(model_name(first))  # the same pipeline, without our component

    def run_bare() -> None:
        for _ in bare.pipe(texts, batch_size=args.batch_size):
            pass

    def runner(nlp: Language) -> Callable[[], None]:
        def run() -> None:
            for _ in extract_documents(documents, nlp, batch_size=args.batch_size):
                pass

        return run

    # One small untimed pass each: the first call pays for lazy initialisation.
    warm = documents[:2]
    list(bare.pipe([d.text for d in warm]))
    for nlp in pipelines.values():
        list(extract_documents(warm, nlp))

    runs = {"bare": run_bare} | {name: runner(nlp) for name, nlp in pipelines.items()}
    best = best_of(runs, args.repeat)
    bare_rate = words / best["bare"]
    result: dict[str, Any] = {
        "input": str(args.input),
        "documents": len(documents),
        "words": words,
        "spacy_model": model_name(first),
        "spacy_version": spacy.__version__,
        "repeat": args.repeat,
        "bare_words_per_s": round(bare_rate),
        "models": {
            name: {
                "extract_words_per_s": round(words / best[name]),
                "ratio": round(best["bare"] / best[name], 3),
            }
            for name in pipelines
        },
        # ru_maxrss is in KiB on Linux; the whole process, every pipeline loaded.
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['documents']} documents, {words} words, {result['spacy_model']}")
        print(f"bare spaCy        {result['bare_words_per_s']:>9,} words/s")
        for name, figures in result["models"].items():
            print(
                f"extract {name:<9} {figures['extract_words_per_s']:>9,} words/s"
                f"  ratio {figures['ratio']:.3f}  (extract / bare, best of {args.repeat})"
            )
        print(f"peak RSS          {result['peak_rss_mb']:>9,} MB")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
