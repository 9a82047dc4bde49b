"""The ledger's accused, one block per (accused, report), for reading a ledger with no gold.

    python benchmarks/accused_pairs.py LEDGER.json [--json]

LEDGER.json is what ``corroborate ledger --format json`` prints. A party is "accused in a
report" when an allegation that accuses it has an event from that report (the court
scorer's definition, ``../shared/tools/score_ledger.py``), so each block is what a reader
must check: does this report accuse this party of this act? Every event of the block is
listed with its kind, act, outcome, setting, source and quote. ``--json`` writes the blocks
as a list of objects instead (``key`` is "report|accused name"), to compare two ledgers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from user_errors import run  # benchmarks/user_errors.py

__all__ = ["accused_pairs"]


def accused_pairs(ledger: dict[str, Any]) -> list[dict[str, Any]]:
    """One object per (accused entity, report), by report then accused name."""
    entities = {e["id"]: e for e in ledger["entities"]}
    pairs: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for allegation in ledger["allegations"]:
        for accused in allegation["accused"]:
            for event in allegation["events"]:
                pairs[(accused, event["document_id"])].append(
                    {"act": allegation["act"]}
                    | {
                        k: event[k] for k in ("kind", "outcome", "setting", "source", "quote")
                    }  # fmt: skip
                )
    out = []
    for (accused, report), events in pairs.items():
        entity = entities.get(accused, {"name": accused, "type": "?"})
        out.append({"key": f"{report}|{entity['name']}", "report": report,
                    "name": entity["name"], "type": entity["type"], "events": events})  # fmt: skip
    return sorted(out, key=lambda p: (p["report"], p["name"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("ledger", type=Path, help="corroborate ledger --format json output")
    parser.add_argument("--json", action="store_true", help="write the blocks as JSON")
    args = parser.parse_args(argv)
    try:
        ledger = json.loads(args.ledger.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        print(
            f"error: {args.ledger}: {err}; give the output of corroborate ledger --format json",
            file=sys.stderr,
        )
        return 1
    pairs = accused_pairs(ledger)
    if args.json:
        print(json.dumps(pairs, indent=1, ensure_ascii=False))
        return 0
    for i, p in enumerate(pairs):
        print(f"\n#{i} [{p['report']}] {p['name']} ({p['type']})")
        for e in p["events"]:
            print(f"  - {e['kind']} act={e['act']} outcome={e['outcome']} setting={e['setting']}"
                  f" source={e['source']}\n    {e['quote']}")  # fmt: skip
    print(f"\n{len(pairs)} (accused, report) pairs", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
