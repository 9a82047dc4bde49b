"""Words per second of corroborate's extraction against the bare spaCy pipeline it runs on.

    python benchmarks/speed.py [--input ../shared/benchmarks/polnear/dev.jsonl] [--limit N]
                               [--repeat 3] [--batch-size 16] [--spacy-model NAME] [--json]

Both are timed in one process on the same texts, alternating which goes first in each round
(so neither always gets the warmer caches), and the best of --repeat rounds is kept: the
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
from pathlib import Path

import spacy
from timing import best_of  # benchmarks/timing.py, beside this script

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
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    args = parser.parse_args(argv)

    documents: list[Document] = list(read_documents([args.input], skip_errors=False))
    documents = documents[: args.limit] if args.limit else documents
    texts = [d.text for d in documents]
    words = sum(len(WORD.findall(t)) for t in texts)

    full = load_pipeline(args.spacy_model)
    bare = load_bare(model_name(full))  # the same pipeline, without our component

    def run_bare() -> None:
        for _ in bare.pipe(texts, batch_size=args.batch_size):
            pass

    def run_extract() -> None:
        for _ in extract_documents(documents, full, batch_size=args.batch_size):
            pass

    # One small untimed pass each: the first call pays for lazy initialisation.
    warm = documents[:2]
    list(bare.pipe([d.text for d in warm]))
    list(extract_documents(warm, full))

    best = best_of({"bare": run_bare, "extract": run_extract}, args.repeat)
    bare_rate = words / best["bare"]
    extract_rate = words / best["extract"]
    result = {
        "input": str(args.input),
        "documents": len(documents),
        "words": words,
        "spacy_model": model_name(full),
        "spacy_version": spacy.__version__,
        "repeat": args.repeat,
        "bare_words_per_s": round(bare_rate),
        "extract_words_per_s": round(extract_rate),
        "ratio": round(extract_rate / bare_rate, 3),
        # ru_maxrss is in KiB on Linux; the whole process, both pipelines loaded.
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['documents']} documents, {words} words, {result['spacy_model']}")
        print(f"bare spaCy   {result['bare_words_per_s']:>9,} words/s")
        print(f"extract      {result['extract_words_per_s']:>9,} words/s")
        print(f"ratio        {result['ratio']:>9.3f}  (extract / bare, best of {args.repeat})")
        print(f"peak RSS     {result['peak_rss_mb']:>9,} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
