"""Which earlier sentence of its article stops a missed denial being read.

    python benchmarks/denial_context.py MISSDIR [--sets lf12 lf13 ...] [--max-back N]

For each ``a-cue`` miss of ``denial_misses.py`` (no denial claim near the person, but a word
of denying or innocence in a sentence near them), each such sentence is read through the
per-document stage alone, then with the article's paragraphs (sentences where it has no line
breaks) before it added back one at a
time (the article's first sentence always kept, as a lede names the people), until a denial
claim in that sentence names the person; from there the sentences before are added on until
it stops being read. The result per sentence:

- ``never``: not read with any number of sentences before it (a reader misses the shape, or
  the person is told in a way the sentences before cannot give);
- ``stops@K``: read with some sentences before it, and the sentence K places back stops it
  (printed, so its kind - a co-accused named, a cleared person, a body, a quotation - can be
  read and tabulated);
- ``reads``: read with every sentence before it (what stops it comes after the sentence, or
  from the ledger).

Blind sets (``h31`` on: ``court_sets.is_blind``) are refused (``court_sets.open_sets``): this
tool prints article text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from court import load_scorer
from court_sets import chosen_open_sets
from denial_misses import _DENYING, _misses, _sentences, classify

from corroborate.extract import analyse_documents
from corroborate.nlp.pipeline import load_pipeline
from corroborate.read.jsonl import to_document

__all__ = ["main", "reads_with"]


def _units(text: str) -> list[tuple[int, int]]:
    """The article's paragraphs (a quotation split into sentences loses its speaker), or its
    sentences where it has no line breaks."""
    if "\n" not in text.strip():
        return _sentences(text, [])
    spans, start = [], 0
    for m in re.finditer(r"\n+", text):
        if text[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def reads_with(
    nlp: Any, scorer: Any, row: dict[str, Any], gold: set[str], parts: list[str], path: str
) -> bool:
    """Whether the text of ``parts`` read as one document gives a denial naming ``gold``
    in its last part."""
    text = " ".join(p.strip() for p in parts)
    last = len(text) - len(parts[-1].strip())
    doc = to_document({**row, "text": text}, path, 0)
    (analysis,) = list(analyse_documents([doc], nlp))
    for claim in analysis.claims:
        if claim.kind != "denial" or claim.end <= last:
            continue
        for p in claim.participants:
            if p.role == "accused" and scorer.same(gold, {scorer.norm(p.name)}):
                return True
    return False


def bisect_one(
    nlp: Any, scorer: Any, row: dict[str, Any], person: str, index: int, path: str
) -> tuple[str, int]:
    """``never``, ``reads`` or ``stops`` for the sentence at ``index``, and the place back."""
    gold = {scorer.norm(person)}
    for p in row["gold"]["accused"]:
        if p["name"] == person:
            gold = scorer.gold_names(p)
    sents = [row["text"][s:e] for s, e in _units(row["text"])]

    def with_back(k: int) -> bool:
        before = sents[max(0, index - k) : index]
        if index - k > 0:
            before = [sents[0], *before]
        return reads_with(nlp, scorer, row, gold, [*before, sents[index]], path)

    first = next((k for k in range(0, min(index, 6) + 1) if with_back(k)), None)
    if first is None:
        return "never", 0
    if with_back(index):
        return "reads", 0
    lo, hi = first, index  # reads with lo back, not with hi back
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if with_back(mid):
            lo = mid
        else:
            hi = mid
    return "stops", hi


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("missdir", type=Path)
    parser.add_argument("--sets", nargs="*")
    args = parser.parse_args(argv)
    sets = chosen_open_sets(args.sets)
    names = list(sets)
    scorer = load_scorer()
    nlp = load_pipeline()
    total: Counter[str] = Counter()
    for name in names:
        rows = {
            r["id"]: r
            for r in (json.loads(x) for x in sets[name].read_text().splitlines() if x.strip())
        }
        ledger = json.loads((args.missdir / f"{name}.ledger.json").read_text())
        for aid, person, not_found in _misses(args.missdir / f"{name}.txt"):
            if not_found:
                continue
            row = rows[aid]
            doc = to_document(row, str(sets[name]), 0)
            (analysis,) = list(analyse_documents([doc], nlp))
            cause, _ = classify(scorer, row, person, analysis.claims, ledger)
            if cause != "a-cue":
                continue
            spans = _units(row["text"])
            surnames = {person.split()[-1].lower()}
            near: set[int] = set()
            for i, (s, e) in enumerate(spans):
                if surnames & set(scorer.norm(row["text"][s:e]).split()):
                    near.update((i, i + 1))
            for i in sorted(near):
                if i >= len(spans) or not _DENYING.search(row["text"][spans[i][0] : spans[i][1]]):
                    continue
                result, back = bisect_one(nlp, scorer, row, person, i, str(sets[name]))
                total[result] += 1
                sentence = " ".join(row["text"][spans[i][0] : spans[i][1]].split())[:220]
                line = f"{name}\t{aid}\t{person}\t{result}@{back}\tS: {sentence}"
                if result == "stops":
                    s, e = spans[i - back]
                    line += "\n\tBLOCK: " + " ".join(row["text"][s:e].split())[:300]
                print(line, flush=True)
    print("# results:", json.dumps(dict(total.most_common())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
