"""The ingest hook's CPU seconds per function, without a profiler's overhead.

    python benchmarks/hook_phases.py STORE.db ARTICLES.jsonl [--rounds 3]
                                     [--function MODULE:[CLASS.]NAME ...] [--json]

``STORE.db`` is never written: each round copies it (SQLite), stores the articles of
``ARTICLES.jsonl`` in the copy as ``corroborate ingest`` does (extraction, not timed), then
runs the ingest hook (``ledger.store.update``) with each listed function timed: this
process's CPU seconds from its outermost call to its return, summed over its calls, so the
figures nest (a function's time holds the functions it calls) and a recursive call is
counted once. A function is timed wherever corroborate's loaded modules hold it (``from X
import f`` copies included) and put back after. cProfile's overhead per call is larger than
some of the hook's functions and moves their shares; this does not.

Round one starts with the caches of names' words and keys empty (as a fresh ``corroborate
ingest`` process does); later rounds find them full, so their figures are lower and not to
be set beside round one's. The default functions are the hook's phases (``DEFAULT``).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sqlite3
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from user_errors import run  # benchmarks/user_errors.py

__all__ = ["DEFAULT", "PhaseTimer", "main", "timed_functions"]

# The hook's phases, in the order they run (``ledger.update.plan``, ``ledger.reached``).
DEFAULT = (
    "corroborate.ledger.store:update",
    "corroborate.ledger.update:plan",
    "corroborate.ledger.reached:resolve_reached",
    "corroborate.ledger.reached_join:reached_components",
    "corroborate.ledger.reached_join:join_reached",
    "corroborate.ledger.name_rows:stored_names",
    "corroborate.resolve.join:join_names",
    "corroborate.resolve.blocking:components",
    "corroborate.ledger.reached_story:story_crossed",
    "corroborate.resolve.groups:group_entities",
    "corroborate.ledger.reached_lone:lone_names_to_decide",
    "corroborate.ledger.reached_lone_again:decided_again",
    "corroborate.ledger.reached_lone_again:accused_by_forms",
    "corroborate.ledger.index_rows:index_layout",
    "corroborate.ledger.index_rows:resolution_rows",
    "corroborate.ledger.reached_overlay:assembled_entities",
    "corroborate.ledger.update:by_delta",
    "corroborate.ledger.restep:stepped_again",
    "corroborate.ledger.restep:step_again",
    "corroborate.ledger.regroup:regroup",
    "corroborate.ledger.index_rows:named_rows",
)


class PhaseTimer:
    """CPU seconds and calls per label, each call timed from its outermost entry."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: Counter[str] = Counter()
        self._inside: Counter[str] = Counter()

    def wrap(self, label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if self._inside[label]:  # a recursive call: inside the outer one's time
                return function(*args, **kwargs)
            self._inside[label] += 1
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[label] += time.process_time() - start
                self.calls[label] += 1
                self._inside[label] -= 1

        timed.__wrapped__ = function  # type: ignore[attr-defined]
        return timed


@contextmanager
def timed_functions(timer: PhaseTimer, targets: Sequence[str]) -> Iterator[None]:
    """Each ``MODULE:NAME`` replaced by ``timer``'s wrapper in every loaded corroborate
    module that holds it, and each ``MODULE:CLASS.NAME`` on its class; put back on leaving."""
    replaced: list[tuple[object, str, object]] = []
    try:
        for target in targets:
            module_name, _, name = target.partition(":")
            module = importlib.import_module(module_name)
            if "." in name:  # a method: replaced on its class
                owner_name, _, method = name.partition(".")
                owner = getattr(module, owner_name)
                stored = vars(owner)[method]
                wrapper = timer.wrap(target, getattr(owner, method))
                # a class or static method is called without the instance
                plain = not isinstance(stored, classmethod | staticmethod)
                replaced.append((owner, method, stored))
                setattr(owner, method, wrapper if plain else staticmethod(wrapper))
                continue
            original = getattr(module, name)
            if isinstance(original, type):
                raise ValueError(f"{target} is a class: time its methods (CLASS.NAME)")
            wrapper = timer.wrap(target, original)
            for holder in list(sys.modules.values()):
                if not getattr(holder, "__name__", "").startswith("corroborate"):
                    continue
                for attribute, value in list(vars(holder).items()):
                    if value is original:
                        replaced.append((holder, attribute, original))
                        setattr(holder, attribute, wrapper)
        yield
    finally:
        for owner_or_module, attribute, value in reversed(replaced):
            setattr(owner_or_module, attribute, value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("store", type=Path, help="an SQLite store (read, never written)")
    parser.add_argument("articles", type=Path, help="JSON Lines: the articles to add")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--function", action="append", help="MODULE:NAME or MODULE:CLASS.NAME (default: DEFAULT)"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    args = parser.parse_args(argv)
    if not args.store.is_file():
        parser.error(f"no store at {args.store}")

    import corroborate.ledger.store as ledger_store  # its ``update`` looked up when called
    from corroborate.ingest import ingest_paths
    from corroborate.ledger.update import Update
    from corroborate.nlp.pipeline import load_pipeline
    from corroborate.run import LocalRunner
    from corroborate.store import open_store

    targets = args.function or list(DEFAULT)
    nlp = load_pipeline()
    rounds: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="corroborate-phases-") as tmp:
        copy = Path(tmp) / "store.db"
        for _ in range(args.rounds):
            with sqlite3.connect(args.store) as source, sqlite3.connect(copy) as target:
                source.backup(target)
            timer = PhaseTimer()
            seen: list[Update] = []
            with open_store(str(copy)) as store:
                ingest_paths([args.articles], store, runner=LocalRunner(nlp))
                with timed_functions(timer, targets):
                    reason = ledger_store.update(store, seen.append)
            how = reason or ("scoped" if seen and seen[0].unreached is None else "whole")
            rounds.append(
                {
                    "update": how,
                    "seconds": {t: round(timer.seconds[t], 3) for t in targets},
                    "calls": {t: timer.calls[t] for t in targets},
                }
            )
            copy.unlink()
    if args.json:
        print(json.dumps({"store": str(args.store), "rounds": rounds}, indent=2))
        return 0
    print(f"{args.store}: CPU s per function, {args.rounds} rounds (round 1: caches empty)")
    for target in targets:
        figures = "  ".join(f"{r['seconds'][target]:6.3f}" for r in rounds)
        calls = rounds[0]["calls"][target]
        print(f"  {target.partition(':')[2]:28} {figures}   ({calls} calls)")
    print("  update: " + "; ".join(r["update"] for r in rounds))
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
