"""Error classes of predicted attributions against gold ones, paired as the official scorer does.

    python benchmarks/errors.py [--gold ../shared/benchmarks/polnear/dev.jsonl] PRED.jsonl [--json]

PRED.jsonl comes from `corroborate eval GOLD --output PRED.jsonl` (or `extract`). Pairs are
made greedily by content-token Jaccard >= 0.5, one to one, as in score_attributions.py;
every gold attribution and every prediction then lands in exactly one class:

  right                      a triple-soft match (content, source and cue all right)
  cue wrong / source ...     content matched, but the cue or the source is not
  missed: nothing overlaps   no predicted content touches the gold content (cue not found)
  missed: split content      two or more predictions cover parts of it, none enough
  missed: boundary           one prediction overlaps it, with the wrong extent
  extra: nothing overlaps    a prediction that touches no gold content
  extra: overlaps a gold one a prediction overlapping gold content it was not paired with
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from corroborate.errors import InputError
from corroborate.read import check_path
from corroborate.read.gold import checked_attributions, read_gold

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO.parent / "shared" / "benchmarks" / "polnear" / "dev.jsonl"
WORD = re.compile(r"\w+")
ROLES = ("source", "cue", "content")


def _tokens(ranges: list[list[int]] | None, spans: list[tuple[int, int]]) -> frozenset[int]:
    return frozenset(
        i for start, end in ranges or [] for i, (s, e) in enumerate(spans) if s < end and e > start
    )


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def classify(gold: dict[str, Any], pred: dict[str, Any]) -> Counter[str]:
    """Counts of each error class over all documents of ``gold``."""
    counts: Counter[str] = Counter()
    for doc_id, row in gold.items():
        spans = [(m.start(), m.end()) for m in WORD.finditer(row["text"])]

        def roles(a: dict[str, Any]) -> dict[str, frozenset[int]]:
            return {r: _tokens(a.get(r), spans) for r in ROLES}  # noqa: B023

        gs = [roles(a) for a in row.get("attributions", [])]
        ps = [roles(a) for a in pred.get(doc_id, {}).get("attributions", [])]
        ps = [p for p in ps if p["content"]]
        pairs = sorted(
            (
                (_jaccard(p["content"], g["content"]), i, j)
                for i, p in enumerate(ps)
                for j, g in enumerate(gs)
            ),
            reverse=True,
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        for jac, i, j in pairs:
            if jac < 0.5:
                break
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            p, g = ps[i], gs[j]
            cue_ok = bool(p["cue"] & g["cue"]) or not (p["cue"] or g["cue"])
            source_ok = _jaccard(p["source"], g["source"]) >= 0.5
            if cue_ok and source_ok:
                counts["right"] += 1
            elif not cue_ok:
                counts["content right, cue wrong"] += 1
            elif not p["source"]:
                counts["content right, source missing"] += 1
            elif not g["source"]:
                counts["content right, source where gold has none"] += 1
            elif p["source"] & g["source"]:
                counts["content right, source boundary wrong"] += 1
            else:
                counts["content right, another source"] += 1
        for j, g in enumerate(gs):
            if j in used_g:
                continue
            touching = [p for p in ps if p["content"] & g["content"]]
            if not touching:
                counts["missed: nothing overlaps (cue not found)"] += 1
            elif len(touching) > 1 and all(
                _jaccard(p["content"], g["content"]) < 0.5 for p in touching
            ):
                counts["missed: content split over predictions"] += 1
            else:
                counts["missed: content boundary wrong"] += 1
        for i, p in enumerate(ps):
            if i in used_p:
                continue
            if any(p["content"] & g["content"] for g in gs):
                counts["extra: overlaps a gold content"] += 1
            else:
                counts["extra: nothing overlaps"] += 1
    return counts


def load_gold(path: Path) -> dict[str, Any]:
    """The gold file's rows by id, every line checked (InputError names a bad one)."""
    check_path(path)
    return {gold.document.id: gold.to_row() for gold in read_gold(path)}


def load_predictions(path: Path, gold: dict[str, Any]) -> dict[str, Any]:
    """Predictions by id, each line checked against the gold document it predicts for."""
    check_path(path)
    hint = "pass the PRED.jsonl that `corroborate eval GOLD --output PRED.jsonl` wrote"
    out = {}
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
            except (UnicodeDecodeError, json.JSONDecodeError):
                raise InputError(str(path), number, "not a line of JSON", hint) from None
            if not isinstance(row, dict) or "id" not in row:
                raise InputError(str(path), number, 'not an object with an "id"', hint)
            doc_id = str(row["id"])
            if doc_id not in gold:
                raise InputError(
                    str(path),
                    number,
                    f"document {doc_id!r} is not in the gold file",
                    "pass the gold file the predictions were made from with --gold",
                )
            text = gold[doc_id]["text"]
            attributions = checked_attributions(row.get("attributions"), text, path, number)
            out[doc_id] = {"id": doc_id, "attributions": attributions}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("predictions", type=Path, help="PRED.jsonl from corroborate eval --output")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSONL")
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    args = parser.parse_args(argv)
    gold = load_gold(args.gold)
    counts = classify(gold, load_predictions(args.predictions, gold))
    if args.json:
        print(json.dumps(dict(counts), indent=2))
    else:
        for name, count in counts.most_common():
            print(f"{count:>6}  {name}")
    return 0


if __name__ == "__main__":
    from user_errors import run  # benchmarks/user_errors.py, beside this script

    sys.exit(run(main))
