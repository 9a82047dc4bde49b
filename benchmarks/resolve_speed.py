"""Time of entity resolution over N and 10N documents, before and after blocking keys.

    python benchmarks/resolve_speed.py [--small ../shared/benchmarks/polnear/dev.jsonl]
                                       [--large ../shared/benchmarks/polnear/train.jsonl]
                                       [--replicate K] [--repeat 1] [--spacy-model NAME] [--json]

Mentions are extracted once per input file (the per-document stage, as ``ingest`` does) and
cached in the temporary directory, so that later runs time resolution only. Each size is
resolved by ``corroborate.resolve.entities.resolve_entities`` ("new") and by the resolver as it
was before blocking keys ("old": ``corroborate/resolve/entities.py`` at ``BASELINE_COMMIT``,
read from the git history), in one process,
alternating which goes first, best of --repeat. ``--replicate K`` adds a third size: the large
file K times under new document ids (the same names: more mentions, not more names).

Printed: seconds per size and resolver, the growth from the small size to the large one
(10x the documents for PolNeAR dev -> train), new / old at each size, and whether both
resolvers give the same entities (ids, names, aliases).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from timing import best_of  # benchmarks/timing.py, beside this script
from user_errors import run  # benchmarks/user_errors.py

from corroborate import settings
from corroborate.extract import analyse_documents
from corroborate.nlp.pipeline import load_pipeline
from corroborate.read import read_documents
from corroborate.records import Mention
from corroborate.resolve import entities

REPO = Path(__file__).resolve().parent.parent
POLNEAR = REPO.parent / "shared" / "benchmarks" / "polnear"

Docs = list[tuple[str, str | None, list[Mention]]]


def _cache_path(path: Path, model: str | None) -> Path:
    stat = path.stat()
    tag = hashlib.sha1(f"{path.resolve()}:{stat.st_size}:{stat.st_mtime}:{model}".encode())
    return Path(tempfile.gettempdir()) / f"corroborate-mentions-{tag.hexdigest()[:12]}.json"


def load_mentions(path: Path, model: str | None, nlp: Callable[[], Any]) -> Docs:
    """Each document's id, date and mentions: extracted once, then read from the cache."""
    cache = _cache_path(path, model)
    if cache.exists():
        rows = json.loads(cache.read_text(encoding="utf-8"))
    else:
        rows = [
            [a.document.id, a.document.published, [m.to_json() for m in a.mentions]]
            for a in analyse_documents(read_documents([path], skip_errors=False), nlp())
        ]
        cache.write_text(json.dumps(rows), encoding="utf-8")
    return [(i, p, [Mention.from_json(m) for m in ms]) for i, p, ms in rows]


def replicate(docs: Docs, times: int) -> Docs:
    return [(f"{i}#{k}", p, ms) for k in range(times) for i, p, ms in docs]


REPO = Path(__file__).resolve().parent.parent
# The last commit whose resolver compared every pair of names: the baseline, read from git
# rather than kept as a copy in the tree.
BASELINE_COMMIT = "37aad6d99812443a075b6d64c84f36b277612790"


@cache
def resolve_baseline() -> ModuleType:
    """``corroborate.resolve.entities`` as it was at ``BASELINE_COMMIT``, as a module."""
    path = f"{BASELINE_COMMIT}:corroborate/resolve/entities.py"
    shown = subprocess.run(
        ["git", "-C", str(REPO), "show", path], capture_output=True, text=True, check=False
    )
    if shown.returncode != 0:
        sys.exit(f"error: the baseline resolver {path} is not in this checkout's history;"
                 " run from a full clone of the repository")  # fmt: skip
    module = ModuleType("resolve_baseline")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(shown.stdout, "resolve_baseline.py", "exec"), module.__dict__)
    return module


def _summary(index: Any) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(e.id, e.name, tuple(sorted(a.name for a in e.aliases))) for e in index.entities]


def _time_size(docs: Docs, repeat: int) -> dict[str, Any]:
    """Both resolvers on the same documents, best of ``repeat`` rounds each."""
    new_in = [entities.DocumentMentions(*d) for d in docs]
    baseline = resolve_baseline()
    old_in = [baseline.DocumentMentions(*d) for d in docs]
    outputs: dict[str, Any] = {}

    def old() -> None:
        outputs["old"] = baseline.resolve_entities(old_in)

    def new() -> None:
        outputs["new"] = entities.resolve_entities(new_in)

    best = best_of({"old": old, "new": new}, repeat)
    new_sum, old_sum = _summary(outputs["new"]), _summary(outputs["old"])
    return {
        "documents": len(docs),
        "mentions": sum(len(ms) for _, _, ms in docs),
        "old_s": round(best["old"], 3),
        "new_s": round(best["new"], 3),
        "new_over_old": round(best["new"] / best["old"], 4),
        "entities": len(new_sum),
        "entities_differing": len(set(new_sum) ^ set(old_sum)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--small", type=Path, default=POLNEAR / "dev.jsonl")
    parser.add_argument("--large", type=Path, default=POLNEAR / "train.jsonl")
    parser.add_argument("--replicate", type=int, default=0, help="add the large file K times")
    parser.add_argument("--repeat", type=int, default=1, help="rounds; the best is kept")
    parser.add_argument("--spacy-model", default=None, help=settings.SPACY_MODEL_HELP)
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    args = parser.parse_args(argv)

    loaded: list[Any] = []

    def nlp() -> Any:
        if not loaded:
            loaded.append(load_pipeline(args.spacy_model))
        return loaded[0]

    sizes: dict[str, Docs] = {
        "small": load_mentions(args.small, args.spacy_model, nlp),
        "large": load_mentions(args.large, args.spacy_model, nlp),
    }
    if args.replicate > 1:
        sizes[f"large x{args.replicate}"] = replicate(sizes["large"], args.replicate)

    result: dict[str, Any] = {"repeat": args.repeat, "sizes": {}}
    for label, docs in sizes.items():
        result["sizes"][label] = _time_size(docs, args.repeat)
    small, large = result["sizes"]["small"], result["sizes"]["large"]
    result["growth_old"] = round(large["old_s"] / small["old_s"], 2)
    result["growth_new"] = round(large["new_s"] / small["new_s"], 2)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"best of {args.repeat}; old = before blocking keys, new = corroborate.resolve")
    print(f"{'size':14} {'docs':>6} {'mentions':>9} {'old s':>9} {'new s':>9} {'new/old':>8}"
          f" {'entities':>9} {'differ':>7}")  # fmt: skip
    for label, row in result["sizes"].items():
        print(
            f"{label:14} {row['documents']:6} {row['mentions']:9} {row['old_s']:9.3f}"
            f" {row['new_s']:9.3f} {row['new_over_old']:8.4f} {row['entities']:9}"
            f" {row['entities_differing']:7}"
        )
    docs_growth = large["documents"] / small["documents"]
    print(f"growth small -> large ({docs_growth:.1f}x documents): old {result['growth_old']}x,"
          f" new {result['growth_new']}x")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
