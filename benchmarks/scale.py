"""Scale: extraction throughput by where it runs, and what one more article costs as a store grows.

    python benchmarks/scale.py [--dev ../shared/benchmarks/polnear/dev.jsonl]
                               [--train ../shared/benchmarks/polnear/train.jsonl]
                               [--sizes dev,train[,train10]] [--workers 2] [--repeat 1]
                               [--skip-throughput] [--skip-audit] [--keep DIR]
                               [--stores DIR] [--articles 5] [--extract-rounds 3]
                               [--fresh-hook] [--json]

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
- **adding one article**, at each size: the same ``--articles`` articles of train (spread over
  it, the last among them) are held out of every store and added to each, so that their
  extraction is the same work at every size and the ratios measure the store's size. The
  stores: ``dev`` is the dev corpus, ``train`` the train corpus without those articles (built
  with the worker processes, ledger rebuilt; or, with ``--stores DIR``, a copy of DIR's
  ``dev.db`` / ``train.db`` without them, rebuilt), ``train10`` that train store ten times
  under new ids (copied from the train store's extractions, not extracted again). Each
  article is added to its own copy of the store, as ``corroborate ingest`` does it:
  extraction and storing, then the ingest hook (``ledger.store.update``: the ledger's
  update, or a full rebuild and why), timed apart, in wall and in this process's CPU
  seconds; a full rebuild of the last copy after it, for reference, which the last
  article's update must equal (``rebuild_difference``: None, else the first difference; the
  command then names the size and the article on stderr and exits 1). One article varies more
  than the distance to the targets, so each size reports the median and range of its
  articles: the hook and the whole addition (extraction and hook, CPU) apart, and the ratios
  to the size before of their medians and the median of each article's own ratio
  (``hook_ratios``). ``add_one`` holds the medians. Ratio: against the smallest size. The
  articles are read once through extraction and the hook before anything is timed (the
  pipeline's first reading of a text costs more, which would fall on the first size);
  caches the hook fills (names' words and keys) are kept from one article to the next, as
  in one long ``corroborate ingest``.
  Extraction is the same work at every size, and under load one reading of it moves by a
  third from run to run, more than the hook's growth the ratios are after: so each article's
  extraction and storing is also timed ``--extract-rounds`` times into a store of its own
  (the rounds taking the articles in turn, so that a spell of load falls on all of them), and
  its median, shared by every size, is added to each size's hook (``total_shared_cpu``):
  a whole addition whose only part that moves with the size is the hook. With ``--fresh-hook``
  each article's hook is run once more, in a fresh Python process on a copy of the store
  holding the article (``fresh_cpu``): what a ``corroborate ingest`` of one article pays, its
  name caches empty and the code hashed on the clock, against this process's warm caches
  (``fresh_surplus_cpu_s``, per article).
- **audit**: ``corroborate audit --format json`` on that store, in this process.
- **peak memory**: the peak resident set of this process (it holds the pipeline and, while
  it runs, the ledger) and of the largest worker process.

The parts, one module each beside this script (split 2026-12-05, scale68): ``scale_stores``
(the stores and corpora), ``scale_throughput`` (throughput with workers and Dask, peak
memory), ``scale_adding`` (adding one article at each size), ``scale_report`` (the sizes'
ratios and the report in words), ``scale_reads`` (the audit at each size; the other reads
and the web app's latencies are ``reads.py`` and ``web.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from scale_adding import grow, shared_extraction, warm_up  # benchmarks/, beside this script
from scale_report import hook_ratios, print_size
from scale_stores import POLNEAR, chosen_articles, stores_folder
from scale_throughput import peak_rss, print_throughput, throughput
from user_errors import run  # benchmarks/user_errors.py

from corroborate.nlp.pipeline import load_pipeline
from corroborate.read import read_documents

__all__ = ["SIZES", "build_parser", "main"]

SIZES = ("dev", "train", "train10")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=POLNEAR / "dev.jsonl",
                        help="the smaller corpus (JSONL): throughput, the dev store")  # fmt: skip
    parser.add_argument("--train", type=Path, default=POLNEAR / "train.jsonl",
                        help="the larger corpus (JSONL): the train stores and the articles"
                        " added")  # fmt: skip
    parser.add_argument(
        "--sizes", default="dev,train", help=f"stores to measure, of {', '.join(SIZES)}"
    )
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--repeat", type=int, default=1, help="throughput rounds; best kept")
    parser.add_argument("--skip-throughput", action="store_true",
                        help="leave the throughput out (adding one article only)")  # fmt: skip
    parser.add_argument("--keep", type=Path, help="keep the stores in this folder")
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    parser.add_argument("--stores", type=Path, help="copy dev.db / train.db from here")
    parser.add_argument("--skip-audit", action="store_true",
                        help="leave out the audit of each size's store")  # fmt: skip
    parser.add_argument(
        "--articles",
        type=int,
        default=5,
        help=(
            "train articles held out of every store and added to each, one per copy of the"
            " store (default 5)"
        ),
    )
    parser.add_argument(
        "--extract-rounds",
        type=int,
        default=3,
        help="times each added article's extraction is timed apart, shared by the sizes",
    )
    parser.add_argument(
        "--fresh-hook",
        action="store_true",
        help="also run each article's hook in a fresh process (its caches empty)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    sizes = [s for s in args.sizes.split(",") if s]
    if unknown := set(sizes) - set(SIZES):
        parser.error(f"unknown sizes {sorted(unknown)}; pick from {', '.join(SIZES)}")
    if (
        args.stores is not None
        and args.keep is not None
        and args.stores.resolve() == args.keep.resolve()
    ):
        parser.error("--keep must be another folder than --stores (its stores are replaced)")

    nlp = load_pipeline()
    result: dict[str, Any] = {"workers": args.workers}
    added = chosen_articles(list(read_documents([args.train])), args.articles)
    with stores_folder(args.keep) as folder:
        if not args.skip_throughput:
            result["throughput"] = throughput(args.dev, nlp, args.workers, args.repeat, folder)
            print_throughput(result["throughput"], args)
        warm_up(nlp, folder, added)
        result["added"] = [d.id for d in added]
        shared = shared_extraction(nlp, folder, added, args.extract_rounds)
        result["extraction"] = shared
        medians = {i: e["cpu_s"]["median"] for i, e in shared.items()}
        result["sizes"] = {}
        for size in sizes:
            corpus = {"dev": args.dev, "train": args.train, "train10": args.train}[size]
            figures = grow(size, corpus, added, nlp, args.workers, folder, args.stores,
                           audit=not args.skip_audit, extraction=medians,
                           fresh=args.fresh_hook)  # fmt: skip
            result["sizes"][size] = figures
            print_size(size, figures, result["sizes"], args)
    result["hook_ratios"] = hook_ratios(result["sizes"])
    result["peak_rss_mb"] = peak_rss()
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        rss = result["peak_rss_mb"]
        print(f"peak RSS: this process {rss['self']:,} MB, largest worker {rss['workers']:,} MB")
    unequal = {s: f["rebuild_difference"] for s, f in result["sizes"].items()
               if f["rebuild_difference"] is not None}  # fmt: skip
    for size, why in unequal.items():
        print(f"not equal to a full rebuild: {size}, {result['added'][-1]}: {why}",
              file=sys.stderr)  # fmt: skip
    return 1 if unequal else 0


if __name__ == "__main__":
    sys.exit(run(main))
