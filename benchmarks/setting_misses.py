"""Confession-setting misses of the open sets, each put down to a cause.

    python benchmarks/setting_misses.py --sets dev lf lf2 ... [--ledgers DIR] [--show]

For every gold confession the ledger misses the setting of (the scorer's "X confession,
ledger has ..." line), the cause is read from the ledger's events and the article:
- ``a-person``: only 'unknown' here, while the person's confessions elsewhere in the case
  (other allegations, other articles) were read in one setting;
- ``b-state``: only 'unknown' here, while another sentence of the article that names the
  person tells the state they were in (arrested, in police custody or remand, under
  interrogation; or before a magistrate, under section 164, in court);
- ``c-forced``: only 'unknown' here, while a retraction of theirs here says the confession
  was forced (beaten, tortured, under pressure);
- ``d-two``: a wrong setting here, while the case holds both the wrong one and the gold's;
- ``e-other``: the rest - ``e-wrong`` (one wrong read setting), ``e-unknown`` (unknown with
  none of the above), ``none-retraction`` (no confession event here, but a retraction of
  theirs is: the confession told only through its retraction), ``none-found`` (no
  confession event, the person found), ``none-accused`` (the person not found).
Each class line also says how many of its misses the case's one read setting would put right
(``right``: the person's one setting elsewhere in the case is the gold's).

Held-out sets are refused: with ``--show`` this tool prints article text, and the sets are
named on the command line so that a file written blind is never read by default. ``--ledgers
DIR`` reads ``DIR/SET.ledger.json`` (as ``court_sets.py`` and the miss lists write them)
instead of ingesting the set again.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from court import ledger_of, load_scorer
from court_sets import chosen_open_sets  # benchmarks/court_sets.py
from user_errors import run

from corroborate.nlp.sentences import sentences

CLASSES = ("a-person", "b-state", "c-forced", "d-two", "e-wrong", "e-unknown",
           "none-retraction", "none-found", "none-accused")  # fmt: skip
# The words that tell the confessor's state in a sentence of its own (a measure, not a reader).
STATE = {
    "custodial": re.compile(r"\b(arrest|custody|remand|interrogat|question|detain|police station|"
                            r"lock-?up|investigat)", re.I),
    "judicial": re.compile(r"\b(magistrate|section 164|164 |judicial confession|in court|"
                           r"before the court|told the court|told the judge)", re.I),
}  # fmt: skip
FORCED = re.compile(r"\b(forc|coerc|beat|tortur|pressur|duress|threat|extract)", re.I)
READ = {"custodial", "judicial", "public"}
MISS = re.compile(
    r"^(?P<doc>[^:]+): (?P<name>.+): (?P<gold>\w+) confession, ledger has (?P<has>.+)$"
)


def _events(ledger: dict[str, Any]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Per entity, per document: the events of the allegations accusing it."""
    out: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for allegation in ledger.get("allegations", []):
        for event in allegation.get("events", []):
            for eid in allegation.get("accused", []):
                out[eid][event["document_id"]].append(event)
    return out


def classify(name: str, path: Path, ledgers: Path | None, show: bool) -> dict[str, Any]:
    """The set's misses by class, each with whether the person's one setting would do."""
    scorer = load_scorer()
    docs = scorer.load_gold(str(path))
    given = ledgers / f"{name}.ledger.json" if ledgers else None
    ledger = json.loads(given.read_text()) if given and given.exists() else ledger_of(path)
    _, details = scorer.score(docs, ledger)
    names = {e["id"]: {scorer.norm(e.get("name"))} | {scorer.norm(a) for a in e.get("aliases", [])}
             - {""} for e in ledger.get("entities", [])}  # fmt: skip
    events = _events(ledger)
    by_id = {d["id"]: d for d in docs}
    counts: Counter[str] = Counter()
    right: Counter[str] = Counter()
    shown: list[str] = []
    for line in details:
        m = MISS.match(line)
        if not m:
            continue
        doc = by_id[m["doc"]]
        person = next(p for p in doc["gold"]["accused"] if p["name"] == m["name"])
        gnames = scorer.gold_names(person)
        ents = {e for e in names if scorer.same(gnames, names[e])}
        case = doc.get("case") or doc["id"]
        here = [ev for e in ents for ev in events[e].get(doc["id"], [])]
        # the person in the rest of the case: every confession of theirs in another report,
        # and those of other allegations in this one
        case_docs = {d["id"] for d in docs if (d.get("case") or d["id"]) == case}
        in_case = {ev.get("setting") for e in ents for d, evs in events[e].items()
                if d in case_docs for ev in evs if ev["kind"] == "confession"}  # fmt: skip
        elsewhere = in_case & READ
        settings = {ev.get("setting") for ev in here if ev["kind"] == "confession"}
        gold = m["gold"]
        text = doc["text"]
        spans = [text[s:e] for s, e in sentences(text)]
        surnames = {n.split()[-1].lower() for n in gnames if n}
        told = [s for s in spans if any(w in s.lower() for w in surnames)]
        if m["has"] == "none":
            if not ents or not any(events[e].get(doc["id"]) for e in ents):
                cls = "none-accused"
            elif any(ev["kind"] == "retraction" for ev in here):
                cls = "none-retraction"
            else:
                cls = "none-found"
        elif settings & READ:
            cls = "d-two" if gold in elsewhere and len(elsewhere) > 1 else "e-wrong"
        elif len(elsewhere) == 1:
            cls = "a-person"
        elif any(FORCED.search(ev["quote"]) for ev in here if ev["kind"] == "retraction"):
            cls = "c-forced"
        elif any(rx.search(s) for s in told for rx in STATE.values()):
            cls = "b-state"
        else:
            cls = "e-unknown"
        counts[cls] += 1
        right[cls] += elsewhere == {gold}
        if show:
            shown.append(f"  {cls}: {line}  [case: {sorted(str(s) for s in elsewhere)}]")
    return {"set": name, "counts": dict(counts), "right": dict(right), "shown": shown}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", required=True)
    parser.add_argument("--ledgers", type=Path)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    allowed = chosen_open_sets(args.sets)
    total: Counter[str] = Counter()
    fixed: Counter[str] = Counter()
    print("set       " + " ".join(f"{c:>15}" for c in CLASSES))
    with ProcessPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(classify, s, allowed[s], args.ledgers, args.show) for s in args.sets]
        for future in futures:
            got = future.result()
            total.update(got["counts"])
            fixed.update(got["right"])
            cells = [f"{got['counts'].get(c, 0)}/{got['right'].get(c, 0)}" for c in CLASSES]
            print(f"{got['set']:<9} " + " ".join(f"{c:>15}" for c in cells))
            for line in got["shown"]:
                print(line)
    cells = [f"{total.get(c, 0)}/{fixed.get(c, 0)}" for c in CLASSES]
    print(f"{'all':<9} " + " ".join(f"{c:>15}" for c in cells))
    print("(each cell: misses / of them, the person's one setting elsewhere in the case is gold's)")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
