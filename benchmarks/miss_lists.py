"""The miss lists the misses scripts read, made for the open sets in one command.

    python benchmarks/miss_lists.py OUT [--sets dev lf13 ...] [--jobs 2]

For each open set (``court_sets.chosen_open_sets``; a held-out name is refused before
anything is read) this ingests the gold file into a fresh store, as ``court_sets.py run``
does, and writes ``OUT/SET.ledger.json`` (the ledger) and ``OUT/SET.txt``: one header line,
then the scorer's detail lines (``score_ledger.py GOLD LEDGER --details``) and, since the
scorer lists no missed retraction or denial, one line for each of those in its own terms
(``ID: PERSON: retraction missed``, `` (accused not found)`` where the scorer finds no entity
for the person): the form ``retraction_misses.py``, ``denial_misses.py`` and ``role_ties.py``
read (they skip the header). ``--reuse`` takes a ``SET.ledger.json`` already in ``OUT``
rather than ingesting again.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

from court import ledger_of, load_scorer
from court_sets import chosen_open_sets
from user_errors import run

__all__ = ["flags_missed", "main", "write_miss_list"]


def flags_missed(
    scorer: ModuleType, docs: list[dict[str, Any]], ledger: dict[str, Any]
) -> list[str]:
    """A line for each gold retraction or denial the scorer counts as missed, found as it
    finds them: an entity of the person's names accused in an allegation with an event of
    that kind quoted from the article."""
    names = {
        e["id"]: {scorer.norm(e.get("name"))} | {scorer.norm(a) for a in e.get("aliases", [])}
        for e in ledger.get("entities", [])
    }
    kinds: dict[tuple[str, str], set[str]] = defaultdict(set)
    for allegation in ledger.get("allegations", []):
        for event in allegation.get("events", []):
            for eid in allegation.get("accused", []):
                kinds[(event.get("document_id"), eid)].add(event.get("kind"))
    here: dict[str, set[str]] = defaultdict(set)
    for doc_id, eid in kinds:
        here[doc_id].add(eid)
    lines = []
    for doc in docs:
        for person in doc["gold"]["accused"]:
            gnames = scorer.gold_names(person)
            ents = [e for e in here[doc["id"]] if scorer.same(gnames, names.get(e, set()))]
            found = set().union(*(kinds[(doc["id"], e)] for e in ents))
            for flag, kind in (("retracted", "retraction"), ("denied", "denial")):
                if person.get(flag) and kind not in found:
                    lost = "" if ents else " (accused not found)"
                    lines.append(f"{doc['id']}: {person['name']}: {kind} missed{lost}")
    return lines


def write_miss_list(name: str, gold: Path, out: Path, reuse: bool = False) -> Path:
    """Ingest one open set and write its ledger and the scorer's details under ``out``."""
    scorer = load_scorer()
    saved = out / f"{name}.ledger.json"
    if reuse and saved.exists():
        ledger = json.loads(saved.read_text())
    else:
        ledger = ledger_of(gold)
        saved.write_text(json.dumps(ledger, indent=1))
    docs = scorer.load_gold(str(gold))
    details = scorer.score(docs, ledger)[1] + flags_missed(scorer, docs, ledger)
    path = out / f"{name}.txt"
    path.write_text("\n".join([f"# {name}: {gold.name}: the scorer's details", *details]) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sets", nargs="*")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--reuse", action="store_true", help="read OUT/SET.ledger.json if there")
    args = parser.parse_args(argv)
    sets = chosen_open_sets(args.sets)
    args.out.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = {
            name: pool.submit(write_miss_list, name, gold, args.out, args.reuse)
            for name, gold in sets.items()
        }
        for name, future in futures.items():
            print(f"{name}: {future.result()}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
