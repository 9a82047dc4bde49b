"""Every court gold file at once: score them all into a folder, then compare two folders.

    python benchmarks/court_sets.py run OUT [--sets dev lf9 h3 ...] [--jobs 2]
    python benchmarks/court_sets.py compare BASE NEW [--sets ...] [--by region|case]

``run`` ingests each gold file into its own temporary store (as ``benchmarks/court.py`` does)
and writes ``OUT/SET.json``: the scorer's figures over all articles, per region and per case.
``compare`` prints, set by set, every figure that differs between two such folders (``base ->
new``), so a branch is judged on all sets in one reading; ``--by`` adds the regions or cases.

Sets by short name: ``dev`` is the shared real dev split; the invented files of
``benchmarks/data`` are named from their file names (``invented-court-longform-dev9`` is
``lf9``, ``-longform-dev`` is ``lf``, ``-holdout`` is ``h1``, ``-holdout7`` is ``h7``,
``-common-law`` is ``cl``, ``-south-asia-wire`` is ``saw``, ``-styles`` is ``styles``, and a
``-fresh`` file takes an ``f`` before its name: ``fcl``). Held-out sets are scored for numbers
only: this tool prints no article text and no names. The first ``OPENED_HELD_OUT`` held-out sets
(``h1`` to ``h30``) were opened as development data in the forty-second session, so that the
misses of the held-out style (short wire and newspaper reports) can be read by class; every later
held-out set stays blind.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from court import DEFAULT_GOLD, ledger_of, load_scorer, score_by
from user_errors import run

REPO = Path(__file__).resolve().parent.parent
INVENTED = REPO / "benchmarks" / "data"
# The figures compared, in the order printed; the scorer's counts are left out.
FIGURES = (
    "accused_recall",
    "accused_precision",
    "wrongly_accused",
    "outcome_accuracy",
    "charged_recall",
    "confession_recall",
    "confession_setting_accuracy",
    "retraction_recall",
    "denial_recall",
    "split_rate",
    "merged_people",
    "quotes_off",
)
# Held-out sets h1 .. hN are open (read as development data); every later one stays blind.
OPENED_HELD_OUT = 30
_SHORT = {"longform-dev": "lf", "holdout": "h", "common-law": "cl", "south-asia-wire": "saw"}


def short_name(path: Path) -> str:
    """``invented-court-longform-dev9.jsonl`` -> ``lf9``; see the module's docstring."""
    stem = path.name.removesuffix(".jsonl").removeprefix("invented-court-")
    fresh = stem.endswith("-fresh")
    stem = stem.removesuffix("-fresh")
    match = re.fullmatch(r"(.*?)(\d*)", stem)
    base, number = (match.group(1), match.group(2)) if match else (stem, "")
    name = _SHORT.get(base, base) + (number or ("1" if base == "holdout" else ""))
    return ("f" + name) if fresh else name


def known_sets() -> dict[str, Path]:
    sets = {"dev": DEFAULT_GOLD}
    for path in sorted(INVENTED.glob("invented-court-*.jsonl")):
        sets[short_name(path)] = path
    return sets


def is_blind(name: str) -> bool:
    """Whether a set, by short name, is still held out (never read): ``h31`` and later are,
    ``h1`` to ``h30`` were opened (``OPENED_HELD_OUT``); one place that decides, so that
    opening a blind file is one change and no script reads one."""
    match = re.fullmatch(r"h(\d+)", name)
    return match is not None and int(match.group(1)) > OPENED_HELD_OUT


def open_sets() -> dict[str, Path]:
    """The sets the misses scripts may read: every known set but the blind held-out ones."""
    return {name: path for name, path in known_sets().items() if not is_blind(name)}


def chosen_open_sets(names: list[str] | None) -> dict[str, Path]:
    """The open sets a misses script was asked for (all of them, sorted, when none are named),
    by short name; a held-out or unknown name stops the script before anything is read."""
    sets = open_sets()
    chosen = list(names) if names else sorted(sets)
    refused = [name for name in chosen if name not in sets]
    if refused:
        listed = " ".join(refused)
        raise SystemExit(f"error: not an open set: {listed} (held-out sets are never read)")
    return {name: sets[name] for name in chosen}


def score_set(gold: Path) -> dict[str, Any]:
    """One set's figures: all articles, per region and per case (one ingest)."""
    scorer = load_scorer()
    docs = scorer.load_gold(str(gold))
    ledger = ledger_of(gold)
    return {
        "gold": str(gold),
        "region": score_by(scorer, docs, ledger, "region"),
        "case": score_by(scorer, docs, ledger, "case"),
    }


def _run(out: Path, names: list[str], jobs: int) -> int:
    sets = known_sets()
    unknown = [name for name in names if name not in sets]
    if unknown:
        known = " ".join(sets)
        raise SystemExit(f"error: unknown set(s) {' '.join(unknown)}; known: {known}")
    out.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {name: pool.submit(score_set, sets[name]) for name in names}
        for name, future in futures.items():
            (out / f"{name}.json").write_text(json.dumps(future.result(), indent=1))
            print(f"{name}: {out / (name + '.json')}", flush=True)
    return 0


def differences(base: dict[str, Any], new: dict[str, Any], by: str | None) -> list[str]:
    """One line per figure of a group that differs: ``group figure base -> new``."""
    old_groups, new_groups = base[by or "region"], new[by or "region"]
    groups = ["all"]
    if by:
        groups += sorted((set(old_groups) | set(new_groups)) - {"all"})
    lines = []
    for group in groups:
        old_figures, new_figures = old_groups.get(group, {}), new_groups.get(group, {})
        for figure in FIGURES:
            old, now = old_figures.get(figure), new_figures.get(figure)
            if old != now:
                lines.append(f"  {group:<28} {figure:<28} {old} -> {now}")
    return lines


def _compare(base_dir: Path, new_dir: Path, names: list[str], by: str | None) -> int:
    names = names or sorted(p.stem for p in new_dir.glob("*.json"))
    for name in names:
        paths = (base_dir / f"{name}.json", new_dir / f"{name}.json")
        if not all(path.exists() for path in paths):
            print(f"{name}: not in both folders")
            continue
        base, new = (json.loads(path.read_text()) for path in paths)
        lines = differences(base, new, by)
        print(f"{name}: " + ("identical" if not lines else f"{len(lines)} figure(s) moved"))
        if lines:
            print("\n".join(lines))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="score sets into a folder")
    run_parser.add_argument("out", type=Path, help="folder for SET.json files")
    run_parser.add_argument("--sets", nargs="+", default=None, help="short names (default all)")
    run_parser.add_argument("--jobs", type=int, default=2, help="processes (default 2)")
    compare_parser = commands.add_parser("compare", help="figures that differ between folders")
    compare_parser.add_argument("base", type=Path)
    compare_parser.add_argument("new", type=Path)
    compare_parser.add_argument("--sets", nargs="+", default=[], help="short names")
    compare_parser.add_argument("--by", choices=("region", "case"), default=None)
    args = parser.parse_args(argv)
    if args.command == "run":
        return _run(args.out, args.sets or list(known_sets()), args.jobs)
    return _compare(args.base, args.new, args.sets, args.by)


if __name__ == "__main__":
    sys.exit(run(main))
