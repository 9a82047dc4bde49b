"""Search cost: the web app's whole-word, ranked search with snippets against the substring
search it replaced, over the same documents and queries, in one process.

    .venv/bin/python benchmarks/search_speed.py [--input ../shared/benchmarks/polnear/train.jsonl]
        [--queries 200] [--repeat 3] [--json]

Reads the documents (no extraction: search reads documents, names and acts, and documents
are most of the text), takes ``--queries`` words from them at random (seeded), and times
answering every query both ways: the baseline is the previous ``Snapshot.search`` (lower-cased
text, every word a substring, the first 20 hits), the new one ``Snapshot.search_hits``
(every word whole, all hits ranked, a snippet each). Prints both times and their ratio.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import best_of  # noqa: E402
from user_errors import run  # noqa: E402

from corroborate.read import read_documents  # noqa: E402
from corroborate.records import Ledger  # noqa: E402
from corroborate.store import StoredDocument  # noqa: E402
from corroborate.web.snapshot import Snapshot  # noqa: E402

DEFAULT_INPUT = Path(__file__).resolve().parents[2] / "shared/benchmarks/polnear/train.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    documents = {
        d.id: StoredDocument(document=d, content_hash="", ingested_at="")
        for d in read_documents([args.input])
    }
    snapshot = Snapshot(marker="bench", ledger=Ledger(), documents=documents)
    snapshot._index()
    words = sorted(
        {w for s in documents.values() for w in re.findall(r"[A-Za-z]{4,}", s.document.text)}
    )
    queries = random.Random(16).sample(words, min(args.queries, len(words)))
    haystacks = [
        " ".join(
            filter(None, [s.document.id, s.document.title, s.document.outlet, s.document.text])
        ).lower()
        for s in documents.values()
    ]

    def substring() -> None:  # the search this replaced
        for q in queries:
            wanted = q.lower().split()
            found = [h for h in haystacks if all(w in h for w in wanted)][:20]
            assert found is not None

    def whole_words() -> None:
        for q in queries:
            snapshot.search_hits(q)

    times = best_of({"substring": substring, "whole_words": whole_words}, args.repeat)
    result = {
        "documents": len(documents),
        "queries": len(queries),
        "substring_s": round(times["substring"], 3),
        "whole_words_s": round(times["whole_words"], 3),
        "ratio": round(times["whole_words"] / times["substring"], 2),
        "whole_words_ms_per_query": round(1000 * times["whole_words"] / len(queries), 2),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
