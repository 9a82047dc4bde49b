"""Enforcement figures and discrepancies against a gold file, overall and per briefing.

    python benchmarks/enforcement.py [--gold ../shared/benchmarks/enforcement/dev.jsonl]
                                     [--scorer ../shared/tools/score_figures.py]
                                     [--spacy-model NAME] [--details] [--json]

Does what the gold file's README asks: ingests exactly the gold articles into a fresh SQLite
file, builds the audit as ``corroborate audit --format json`` does, and scores it with the
shared scorer (imported from its path, so the figures are the scorer's own). It prints the
figures over the whole file, then per briefing (articles with no briefing each stand alone):
recall, precision, group errors, discrepancy recall, false discrepancies, quotes off.
``--details`` adds every miss, extra and group error.

The scorer counts as a discrepancy every (group, measure) of a briefing with more than one
value in the gold, whatever the articles: outlets that disagree, and several values that
every article may give alike (a total and its parts). The audit lists both, each with its
``kind`` ("outlets disagree", "several values"); two more columns check the label:

- ``disagree``: the recall over the gold keys of one briefing for which no value is common to
  every article giving them, counting only items listed as "outlets disagree";
- ``mislabelled``: items listed as "outlets disagree" whose gold key has a value common to
  every article giving it, or is given by one article only (a contradiction claimed that the
  reports do not make).
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

from corroborate import settings
from corroborate.audit.compare import OUTLETS_DISAGREE
from corroborate.audit.stored import audit_store
from corroborate.errors import InputError
from corroborate.ingest import ingest_paths
from corroborate.ledger.store import rebuild
from corroborate.nlp.pipeline import load_pipeline
from corroborate.store import open_store

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEFAULT_GOLD = SHARED / "benchmarks" / "enforcement" / "dev.jsonl"
DEFAULT_SCORER = SHARED / "tools" / "score_figures.py"
SHOWN = (
    "recall",
    "precision",
    "group_errors",
    "discrepancy_recall",
    "disagree",
    "mislabelled",
    "false_discrepancies",
    "quotes_off",
)


def load_scorer(path: Path) -> ModuleType:
    """The shared scorer as a module (it is a script, not a package)."""
    if not path.is_file():
        raise InputError(str(path), None, "no such scorer", "pass --scorer PATH/score_figures.py")
    spec = importlib.util.spec_from_file_location("score_figures", path)
    if spec is None or spec.loader is None:
        raise InputError(str(path), None, "not a Python file", "pass the score_figures.py script")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_gold(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise InputError(str(path), None, "no such gold file", "pass --gold FILE.jsonl")
    docs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
            doc["gold"]["figures"]
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(
                str(path), number, f"not a gold article ({exc})", "see its folder's README"
            ) from None
        docs.append(doc)
    return docs


def audit_json(gold: Path, spacy_model: str | None) -> dict[str, Any]:
    """``corroborate audit --format json`` after ingesting ``gold`` into a fresh store."""
    nlp = load_pipeline(spacy_model)
    with tempfile.TemporaryDirectory(prefix="corroborate-enforcement-") as tmp:
        with open_store(str(Path(tmp) / "bench.db")) as store:
            ingest_paths([gold], store, nlp, after_ingest=rebuild)
        with open_store(str(Path(tmp) / "bench.db"), create=False) as store:
            result: dict[str, Any] = audit_store(store).to_json()
            return result


def by_briefing(docs: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in docs:
        out[doc.get("briefing") or doc["id"]].append(doc)
    return dict(out)


def _gold_keys(
    scorer: ModuleType, docs: list[dict[str, Any]]
) -> list[tuple[set[str], str, dict[str, set[tuple[Any, ...]]]]]:
    """Per briefing, the gold (group names, measure, document -> values) keys, grouped as
    the scorer groups them."""
    out: list[tuple[set[str], str, dict[str, set[tuple[Any, ...]]]]] = []
    for group in by_briefing(docs).values():
        keys: list[tuple[set[str], str, dict[str, set[tuple[Any, ...]]]]] = []
        for doc in group:
            for gold in doc["gold"]["figures"]:
                names = {scorer.norm(gold.get("group"))} | {
                    scorer.norm(x) for x in gold.get("group_also", [])
                }
                key = next(
                    (
                        k
                        for k in keys
                        if k[1] == gold["measure"] and scorer.group_match(k[0], names)
                    ),
                    None,
                )
                if key is None:
                    key = (set(), gold["measure"], defaultdict(set))
                    keys.append(key)
                key[0].update(names)
                key[2][doc["id"]].add(scorer.value_of(gold))
        out += keys
    return out


def _listed_names(scorer: ModuleType, audit: dict[str, Any], item: dict[str, Any]) -> set[str]:
    aliases = {
        g.get("group"): {scorer.norm(g.get("group"))}
        | {scorer.norm(a) for a in g.get("aliases", [])}
        for g in audit.get("groups", [])
    }
    names: set[str] = aliases.get(item.get("group"), {scorer.norm(item.get("group"))})
    return names


def _outlets_disagree(item: dict[str, Any]) -> bool:
    return item.get("kind", OUTLETS_DISAGREE) == OUTLETS_DISAGREE


def disagreement_recall(
    scorer: ModuleType, docs: list[dict[str, Any]], audit: dict[str, Any]
) -> float | None:
    """Of the gold keys of one briefing with no value common to every article giving
    them, the share the audit lists as outlets disagreeing with all their values (the
    scorer's own matching)."""
    wanted = found = 0
    for names, measure, per_document in _gold_keys(scorer, docs):
        if len(per_document) < 2 or set.intersection(*per_document.values()):
            continue
        wanted += 1
        values = set().union(*per_document.values())
        found += any(
            _outlets_disagree(d)
            and d.get("measure") == measure
            and scorer.group_match(names, _listed_names(scorer, audit, d))
            and values <= {scorer.value_of(v) for v in d.get("values", [])}
            for d in audit.get("discrepancies", [])
        )
    return round(found / wanted, 3) if wanted else None


def mislabelled(scorer: ModuleType, docs: list[dict[str, Any]], audit: dict[str, Any]) -> int:
    """Items listed as outlets disagreeing, within one briefing, whose gold key there has a
    value common to every article giving it (or one article only): the label would claim a
    contradiction the reports do not make."""
    count = 0
    for group in by_briefing(docs).values():
        ids = {doc["id"] for doc in group}
        keys = _gold_keys(scorer, group)
        for d in audit.get("discrepancies", []):
            documents = {v.get("document_id") for v in d.get("values", [])}
            if not _outlets_disagree(d) or not documents or not documents <= ids:
                continue
            names = _listed_names(scorer, audit, d)
            key = next(
                (k for k in keys if k[1] == d.get("measure") and scorer.group_match(k[0], names)),
                None,
            )
            if key is not None and (len(key[2]) < 2 or set.intersection(*key[2].values())):
                count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSONL articles")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="score_figures.py")
    parser.add_argument("--spacy-model", default=None, help=settings.SPACY_MODEL_HELP)
    parser.add_argument("--details", action="store_true", help="list every miss and error")
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    parser.add_argument("--audit-out", type=Path, default=None, help="also save the audit JSON")
    args = parser.parse_args(argv)

    scorer = load_scorer(args.scorer)
    docs = load_gold(args.gold)
    audit = audit_json(args.gold, args.spacy_model)
    if args.audit_out is not None:
        args.audit_out.write_text(json.dumps(audit, indent=1), encoding="utf-8")
    overall, details = scorer.score(docs, audit)
    overall["disagree"] = disagreement_recall(scorer, docs, audit)
    overall["mislabelled"] = mislabelled(scorer, docs, audit)
    briefings = {}
    for name, group in by_briefing(docs).items():
        briefings[name] = scorer.score(group, audit)[0]
        briefings[name]["disagree"] = disagreement_recall(scorer, group, audit)
        briefings[name]["mislabelled"] = mislabelled(scorer, group, audit)
    if args.json:
        print(json.dumps({"gold": str(args.gold), "overall": overall, "briefings": briefings}))
        return 0
    if args.details:
        print("\n".join(details))
    print(f"{args.gold.name}: {len(docs)} articles")
    print(f"{'':44} " + " ".join(f"{k[:10]:>10}" for k in SHOWN))
    rows = [("overall", overall), *sorted(briefings.items())]
    for name, figures in rows:
        cells = " ".join(f"{_cell(figures.get(k)):>10}" for k in SHOWN)
        print(f"{name[:44]:44} {cells}")
    return 0


def _cell(value: object) -> str:
    return "-" if value is None else str(value)


if __name__ == "__main__":
    sys.exit(run(main))
