"""Choose and check the spelling-variant threshold on gold articles, leave one case out.

    python benchmarks/resolve_variants.py [--gold ../shared/benchmarks/court-reports/dev.jsonl]
                                          [--db STORE] [--spacy-model NAME] [--json]

The articles are ingested into a temporary store (or ``--db``, a store that holds exactly
them). Every pair of person names of two words or more that the variant rule would compare
(``corroborate.resolve.variants``: same block or same romanised key, not the same spelling
key; a name romanised otherwise counts as alike as can be, 1.0) is labelled from
the gold: "same" when both names are names of one gold
person of a case (its ``name`` and ``also``), "different" when they name two gold people.
Unlabelled pairs are counted, not scored. Pairs one article names side by side ("beside")
are scored too: the resolver keeps them apart anyway, but they are the best evidence of how
alike two different names can be.

Printed: the labelled pairs with their similarity; for each threshold, the pairs it would
join rightly and wrongly; the threshold that maximises right minus wrong (ties: the highest);
and leave-one-case-out: for each case, the threshold chosen on the other cases, applied to
that case's pairs, summed over cases.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from user_errors import run  # benchmarks/user_errors.py

from corroborate import settings
from corroborate.errors import CorroborateError
from corroborate.ingest import ingest_paths
from corroborate.ledger.store import analysed_documents, rebuild
from corroborate.nlp import names
from corroborate.nlp.pipeline import load_pipeline
from corroborate.resolve import apart, variants
from corroborate.store import open_store

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO.parent / "shared" / "benchmarks" / "court-reports" / "dev.jsonl"
GRID = [round(0.80 + i * 0.005, 3) for i in range(40)]

# a, b, similarity, label ("same" or "different", + "beside" when one article names both),
# the cases of their articles
Pair = tuple[str, str, float, str, frozenset[str]]


def _norm(name: str) -> str:
    return " ".join(
        re.sub(r"[^0-9a-z]+", " ", " ".join(names.strip_titles(name.split())).lower()).split()
    )


def load_gold(path: Path) -> list[dict[str, Any]]:
    docs = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CorroborateError(
            f"{path}: cannot read the gold file ({exc}); check the path"
        ) from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
            doc["gold"]["accused"], doc["gold"]["not_accused"], doc["id"]
        except (ValueError, KeyError, TypeError) as exc:
            raise CorroborateError(
                f"{path}:{number}: not a gold article ({exc}); see the court-reports README"
            ) from exc
        docs.append(doc)
    return docs


def pairs(gold: list[dict[str, Any]], store_path: str) -> tuple[list[Pair], int]:
    case_of = {d["id"]: d.get("case") or d["id"] for d in gold}
    # case -> gold person (one spelling per person across a case) -> all its names
    people: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for d in gold:
        for p in d["gold"]["accused"] + d["gold"]["not_accused"]:
            also = {_norm(x) for x in p.get("also", [])}
            people[case_of[d["id"]]][_norm(p["name"])] |= {_norm(p["name"])} | also
    with open_store(store_path) as store:
        analysed = analysed_documents(store)
    cases_of: dict[str, set[str]] = defaultdict(set)
    together: set[tuple[str, str]] = set()
    for doc in analysed:
        full = apart.named_in_full(doc.mentions)
        for name in full:
            cases_of[name].add(case_of.get(doc.document.id, doc.document.id))
        listed = {n for run_ in apart.listed_together(doc.mentions) for n in run_}
        for x in full | listed:
            for y in full | listed:
                together.add((x, y))
    parts = {n: p for n in cases_of if (p := variants.name_parts(n))}
    # The rule's candidates: the same first letters, or the same romanised key (a name
    # romanised otherwise may open with another letter: "Zubair" / "Jubair").
    groups: dict[tuple[str, object], list[str]] = defaultdict(list)
    for n, p in sorted(parts.items()):
        groups[("block", variants.variant_block(p))].append(n)
        groups[("romanised", variants.romanised_key(p))].append(n)
    candidates = sorted({(a, b) for members in groups.values()
                         for i, a in enumerate(members) for b in members[i + 1 :]})  # fmt: skip
    out: list[Pair] = []
    unlabelled = 0
    for a, b in candidates:
        if names.key(a) == names.key(b):
            continue
        # a name romanised otherwise is a variant however unlike: as alike as can be
        if variants.romanised_alike(parts[a], parts[b]):
            sim = 1.0
        else:
            sim = variants.variant_similarity(parts[a], parts[b])
        if sim < GRID[0]:
            continue
        label = _label(_norm(a), _norm(b), cases_of[a] | cases_of[b], people)
        if label is None:
            unlabelled += 1
            continue
        beside = ", beside" if (a, b) in together else ""
        out.append((a, b, sim, label + beside, frozenset(cases_of[a] | cases_of[b])))
    return sorted(out, key=lambda p: (-p[2], p[0], p[1])), unlabelled


def _label(a: str, b: str, cases: set[str], people: dict[str, dict[str, set[str]]]) -> str | None:
    ia = {(c, k) for c in cases for k, p in people[c].items() if a in p}
    ib = {(c, k) for c in cases for k, p in people[c].items() if b in p}
    if not ia or not ib:
        return None
    return "same" if ia & ib else "different"


def _counts(ps: list[Pair], threshold: float) -> tuple[int, int, int]:
    right = sum(1 for p in ps if p[2] >= threshold and p[3].startswith("same"))
    wrong = sum(1 for p in ps if p[2] >= threshold and p[3].startswith("different"))
    missed = sum(1 for p in ps if p[2] < threshold and p[3].startswith("same"))
    return right, wrong, missed


def choose(ps: list[Pair]) -> float:
    """The threshold of the grid with most right minus wrong joins; ties: the middle one of
    the best (the widest margin on both sides), the lower of two middles."""
    score = {t: _counts(ps, t)[0] - _counts(ps, t)[1] for t in GRID}
    best = [t for t in GRID if score[t] == max(score.values())]
    return best[(len(best) - 1) // 2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--db", default=None, help="a store holding exactly these articles")
    parser.add_argument("--spacy-model", default=None, help=settings.SPACY_MODEL_HELP)
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    args = parser.parse_args(argv)
    gold = load_gold(args.gold)
    with tempfile.TemporaryDirectory(prefix="corroborate-variants-") as tmp:
        db = args.db
        if db is None:
            db = str(Path(tmp) / "gold.db")
            with open_store(db) as store:
                ingest_paths([args.gold], store, load_pipeline(args.spacy_model),
                             after_ingest=rebuild)  # fmt: skip
        ps, unlabelled = pairs(gold, db)
    chosen = choose(ps)
    loco = [0, 0, 0]
    per_case: dict[str, dict[str, Any]] = {}
    for case in sorted({c for p in ps for c in p[4]}):
        held = [p for p in ps if case in p[4]]
        t = choose([p for p in ps if case not in p[4]])
        counts = _counts(held, t)
        per_case[case] = {
            "threshold": t,
            "right": counts[0],
            "wrong": counts[1],
            "missed": counts[2],
        }
        loco = [x + y for x, y in zip(loco, counts, strict=True)]
    result: dict[str, Any] = {
        "pairs": [
            {"a": a, "b": b, "similarity": round(s, 3), "label": lab} for a, b, s, lab, _ in ps
        ],
        "unlabelled_pairs": unlabelled,
        "chosen_threshold": chosen,
        "in_use": variants.VARIANT_THRESHOLD,
        "at_chosen": dict(zip(("right", "wrong", "missed"), _counts(ps, chosen), strict=True)),
        "at_in_use": dict(
            zip(("right", "wrong", "missed"), _counts(ps, variants.VARIANT_THRESHOLD), strict=True)
        ),
        "leave_one_case_out": dict(zip(("right", "wrong", "missed"), loco, strict=True)),
        "per_case": per_case,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"labelled pairs: {len(ps)} (unlabelled: {unlabelled})")
    for p in result["pairs"]:
        print(f"  {p['similarity']:.3f} {p['label']:17} {p['a']} / {p['b']}")
    print("threshold  right wrong missed")
    for t in GRID:
        r, w, m = _counts(ps, t)
        print(f"  {t:.3f}   {r:5} {w:5} {m:6}")
    print(f"chosen on all: {chosen} {result['at_chosen']}; in use: {variants.VARIANT_THRESHOLD}"
          f" {result['at_in_use']}")  # fmt: skip
    print(f"leave one case out (threshold chosen without the case): {result['leave_one_case_out']}")
    for case, row in per_case.items():
        print(f"  {case:40} t={row['threshold']} right={row['right']} wrong={row['wrong']}"
              f" missed={row['missed']}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
