"""The ledger on real court reporting: ingest a gold file, score it, overall and per case.

    python benchmarks/court.py [--gold ../shared/benchmarks/court-reports/dev.jsonl]
                               [--by case|region] [--json]

Ingests the gold articles into a temporary SQLite store exactly as ``corroborate ingest``
does, writes ``corroborate ledger --format json`` and scores it with the shared scorer
(``../shared/tools/score_ledger.py``): first over all articles, then per region (Pakistan,
India/Bangladesh/Nepal, elsewhere) or per case. Regions follow the case names of the
benchmark's README; a case this script does not know is counted as "elsewhere".
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

from user_errors import run  # benchmarks/user_errors.py

from corroborate.ingest import ingest_paths
from corroborate.ledger.store import rebuild
from corroborate.nlp.pipeline import load_pipeline
from corroborate.store import open_store

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEFAULT_GOLD = SHARED / "benchmarks" / "court-reports" / "dev.jsonl"
SCORER = SHARED / "tools" / "score_ledger.py"
HEADLINE = (
    "accused_recall",
    "accused_precision",
    "wrongly_accused",
    "outcome_accuracy",
    "confession_setting_accuracy",
    "split_rate",
    "merged_people",
    "quotes_off",
)
# Which region a case belongs to, by the words of its name (cases are named after people
# and places); anything else is "elsewhere". An invented gold file may say it per article
# (an optional "region" field, one of these regions or "elsewhere"), which then decides:
# a case name such as "hyderabad-..." cannot tell Sindh from Telangana.
_REGION_WORDS = {
    "pakistan": ("uzair", "nine-zero", "rangers", "mqm", "umair", "shahzeb", "jatoi", "pearl",
                 "mashal", "noor-mukadam", "perween", "karachi", "baldia"),
    "india/bangladesh/nepal": ("abrar", "aarushi", "hashimpura", "sylhet", "august-21",
                               "lamichhane", "delhi", "mumbai", "dhaka"),
}  # fmt: skip


def region_of(case: str) -> str:
    for region, words in _REGION_WORDS.items():
        if any(word in case for word in words):
            return region
    return "elsewhere"


def load_scorer(path: Path = SCORER) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_ledger", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"error: {path}: the scorer cannot be loaded")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ledger_of(gold: Path) -> dict[str, Any]:
    """Ingest ``gold`` into a fresh store and return ``ledger --format json``'s object."""
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "bench.db")) as store:
        ingest_paths([gold], store, nlp=load_pipeline(), after_ingest=rebuild)
        return store.ledger().to_json()


def score_by(
    scorer: ModuleType, docs: list[dict[str, Any]], ledger: dict[str, Any], by: str
) -> dict[str, dict[str, Any]]:
    """The scorer's figures over all articles, then over each group of them."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in docs:
        case = doc.get("case") or doc["id"]
        region = doc.get("region") or region_of(case)
        groups[region if by == "region" else case].append(doc)
    out = {"all": scorer.score(docs, ledger)[0]}
    for name in sorted(groups):
        out[name] = scorer.score(groups[name], ledger)[0]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="court-reports JSONL")
    parser.add_argument("--by", choices=("region", "case"), default="region")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    docs = scorer.load_gold(str(args.gold))
    figures = score_by(scorer, docs, ledger_of(args.gold), args.by)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    width = max(len(name) for name in figures)
    print(f"{'':{width}}  articles  " + "  ".join(f"{h[:12]:>12}" for h in HEADLINE))
    for name, f in figures.items():
        cells = "  ".join(f"{_cell(f.get(h)):>12}" for h in HEADLINE)
        print(f"{name:{width}}  {f['articles']:>8}  {cells}")
    return 0


def _cell(value: object) -> str:
    return "-" if value is None else str(value)


if __name__ == "__main__":
    sys.exit(run(main))
