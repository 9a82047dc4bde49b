"""Confession claims told in a sentence that refuses or negates a statement: how many the
reader makes in the open sets, and how many of them are gold confessions.

    python benchmarks/refused_confessions.py [--sets dev lf13 ...] [--show] [--jobs 2]

"X refused to make a statement to the police", "X did not make any statement", "X declined
to confess" tell no confession; "he did not deny that he had confessed" or "he never
retracted the statement he gave" do. Each set is ingested into a fresh store, as
``court.py`` does; every confession claim whose sentence holds a word of refusing or
negating (``REFUSING``: a surface test, not the reader's grammar, so that it counts the
claims before and after a change to the reader alike) is listed with whether its confessor
is a gold confessor of the article (the scorer's name matching). Confession precision is no
scored figure; this is how wrong confessions removed (or kept) are counted.

Only open sets are read (``chosen_open_sets``: a held-out set stops the script).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from court import load_scorer
from court_sets import chosen_open_sets, open_sets  # benchmarks/court_sets.py
from user_errors import run

from corroborate.ingest import ingest_paths
from corroborate.ledger.store import rebuild
from corroborate.nlp.pipeline import load_pipeline
from corroborate.store import open_store

__all__ = ["REFUSING", "main", "refusing", "tally"]

# Words of refusing or negating a statement; a surface test over the sentence (counting, not
# reading: the reader's own test is grammar, ``corroborate.nlp.claims.refused``).
REFUSING = re.compile(
    r"\b(refus\w*|declin\w*|would not|wouldn't|did not|didn't|does not|do not|never|"
    r"denied (ever )?(making|having|giving)|(remain|remained|remains|stayed) silent|"
    r"right to (silence|remain silent)|no (statement|confession|admission)|"
    r"not (to )?(make|give|sign|confess)|without (making|giving|confessing))\b",
    re.I,
)


def refusing(sentence: str) -> str | None:
    """The first word of refusing or negating in ``sentence``, or None."""
    found = REFUSING.search(sentence)
    return found.group(0).lower() if found else None


def tally(rows: list[dict[str, Any]]) -> dict[str, int]:
    """Counts over listed confession claims: all, under a refusing word, and of those the
    gold confessions and the rest."""
    under = [r for r in rows if r["refusing"]]
    return {
        "confessions": len(rows),
        "refusing": len(under),
        "refusing_gold": sum(1 for r in under if r["gold"]),
        "refusing_not_gold": sum(1 for r in under if not r["gold"]),
    }


def claims_of_set(name: str) -> list[dict[str, Any]]:
    """Every confession claim of set ``name``: its article, case, confessors, setting,
    sentence, refusing word and whether a confessor is a gold confessor there."""
    gold_path = open_sets()[name]
    scorer = load_scorer()
    docs = {d["id"]: d for d in scorer.load_gold(str(gold_path))}
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "c.db")) as store:
        ingest_paths([gold_path], store, nlp=load_pipeline(), after_ingest=rebuild)
        claims = store.claims()
    rows = []
    for doc_id, claim in claims:
        if claim.kind != "confession" or doc_id not in docs:
            continue
        doc = docs[doc_id]
        text = doc["text"]
        sentence = " ".join(text[claim.start : claim.end].split())
        confessors = [p.name for p in claim.participants if p.role == "accused"]
        golds = [scorer.gold_names(p) for p in doc["gold"]["accused"] if p.get("confessed")]
        gold = any(scorer.same(g, {scorer.norm(n)}) for g in golds for n in confessors)
        rows.append(
            {"set": name, "id": doc_id, "case": doc.get("case") or doc_id,
             "confessors": confessors, "setting": claim.setting, "gold": gold,
             "cue": text[claim.cue[0] : claim.cue[1]], "refusing": refusing(sentence),
             "sentence": sentence}
        )  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(open_sets()))
    parser.add_argument("--show", action="store_true", help="print each refusing claim")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", type=Path, help="write every confession claim here")
    args = parser.parse_args(argv)
    args.sets = list(chosen_open_sets(args.sets))
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        results = dict(zip(args.sets, pool.map(claims_of_set, args.sets), strict=True))
    every = []
    for name, rows in results.items():
        every += rows
        counts = tally(rows)
        if counts["refusing"]:
            print(f"# {name}: {json.dumps(counts)}")
        if args.show:
            for r in rows:
                if r["refusing"]:
                    mark = "GOLD" if r["gold"] else "not-gold"
                    print(f"{name}\t{r['case']}\t{r['id']}\t{mark}\t{r['setting']}\t"
                          f"{r['confessors']}\tcue={r['cue']!r}\t{r['refusing']!r}")  # fmt: skip
                    print("      - " + r["sentence"][:400])
    print("# all:", json.dumps(tally(every)))
    print("# by set:", json.dumps(Counter(r["set"] for r in every if r["refusing"])))
    if args.json:
        args.json.write_text(json.dumps(every, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
