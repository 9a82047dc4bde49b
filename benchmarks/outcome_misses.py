"""The court outcomes the ledger misses, each put down to its cause, counted per set.

    python benchmarks/outcome_misses.py --sets dev lf13 ... [--ledgers DIR] [--show] [--jobs 2]

Every gold outcome the scorer counts wrong (``outcome X, ledger has Y``) is classed by the
first cause that fits, from the ledger and the article:
- ``not_found``: the person is not accused in the article at all (an accused miss first);
- ``tied_elsewhere``: a ruling of the right value is in the ledger for this article, on a
  sentence naming the person, but on an
  allegation that does not accuse the person (another person, a group read as someone else);
- ``tied_group``: the same, where that ruling's sentence does not name the person (a group or
  a pronoun it names, tied to the wrong people);
- ``other_value``: the person has rulings here, none of the right value;
- ``other_kind``: an event of another kind (a charge, an arrest) accuses the person on a
  sentence that tells the value (a remand told as "produced before ... and sent to jail");
- ``named_unread``: a sentence naming the person (any word of the name of four letters or
  more) tells the value, and no event holds it;
- ``group_unread``: the value is told only in sentences not naming the person (a group, a
  pronoun, "both", "the trio");
- ``no_cue``: no sentence of the article tells the value in words this tool looks for.

With ``--groups`` each miss is also given the group its telling sentences use, if any (the
first that fits, a rough regular expression for counting only): ``count`` - a counted group
("the two watchmen", "all four accused", "the three"); ``both``; ``collective`` - "the trio",
"the duo", "the pair", "the brothers", "the couple"; ``plural`` - "they"/"them"/"their";
``none``. The counts are printed by class and group, and by set.

The value cues are this tool's own rough patterns, for counting only (the reader's words are in
the lexicon). ``--ledgers DIR`` takes ``DIR/SET.ledger.json`` instead of ingesting the set.
Held-out sets are refused (this tool prints article text with ``--show``); sets are named on the
command line so that a file written blind is never read by default.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from court import ledger_of, load_scorer
from court_sets import chosen_open_sets
from user_errors import run

from corroborate.nlp.sentences import sentences

CLASSES = (
    "not_found",
    "tied_elsewhere",
    "tied_group",
    "other_value",
    "other_kind",
    "named_unread",
    "group_unread",
    "no_cue",
)
CUES = {
    "remanded": r"remand|judicial custody|police custody|custody of (?:the )?police|"
    r"sent (?:\w+ )?(?:to|back to) (?:jail|prison)|handed (?:\w+ )?over to (?:the )?police",
    "bail": r"\bbail|\bbond\b|surety|recogni[sz]ance",
    "convicted": r"convict|guilty|sentenc|jailed|imprison|\bfined\b|life term|rigorous",
    "acquitted": r"acquit|not guilty|cleared|exonerat|benefit of (?:the )?doubt|discharg",
    "overturned": r"overturn|set aside|quash|acquit",
    "upheld": r"upheld|uphold|dismissed (?:the|his|her|their) appeal",
    "proclaimed_offender": r"proclaimed|absconder",
}
_NUMBERS = r"two|three|four|five|six|seven|eight|nine|ten|\d+"
GROUPS = {
    "count": re.compile(rf"\b(?:the|all|those|these) (?:{_NUMBERS})\b", re.I),
    "both": re.compile(r"\bboth\b", re.I),
    "collective": re.compile(r"\bthe (?:trio|duo|pair|brothers|sisters|couple|cousins)\b", re.I),
    "plural": re.compile(r"\b(?:they|them|their)\b", re.I),
}


def group_of(line: str) -> str:
    """The first group form (``GROUPS``) the telling sentences of a miss's line use."""
    told = " ".join(part for part in line.split("\n")[1:])
    return next((name for name, form in GROUPS.items() if form.search(told)), "none")


def _name_words(names: set[str]) -> set[str]:
    return {word for name in names for word in name.split() if len(word) >= 4}


def classify(
    scorer: Any, docs: list[dict[str, Any]], ledger: dict[str, Any]
) -> list[tuple[str, str, str]]:
    """``(class, doc id, line)`` for each outcome the scorer counts wrong."""
    names = {
        e["id"]: {scorer.norm(e.get("name"))}
        | {scorer.norm(a) for a in e.get("aliases", [])} - {""}
        for e in ledger.get("entities", [])
    }
    events_of: dict[str, dict[str, list[dict[str, Any]]]] = {}
    all_events: dict[str, list[tuple[set[str], dict[str, Any]]]] = {}
    for allegation in ledger.get("allegations", []):
        for event in allegation.get("events", []):
            doc_id = event.get("document_id")
            all_events.setdefault(doc_id, []).append((set(allegation.get("accused", [])), event))
            for eid in allegation.get("accused", []):
                events_of.setdefault(doc_id, {}).setdefault(eid, []).append(event)
    out = []
    for doc in docs:
        here = events_of.get(doc["id"], {})
        spans = [doc["text"][s:e] for s, e in sentences(doc["text"])]
        for person in doc["gold"]["accused"]:
            gold = scorer.FAMILY.get(str(person.get("outcome") or ""), person.get("outcome"))
            if gold not in scorer.COURT:
                continue
            accepted = scorer.ACCEPTED.get(gold, {gold})
            gnames = scorer.gold_names(person)
            ents = {eid for eid in here if scorer.same(gnames, names.get(eid, set()))}
            mine = [ev for eid in ents for ev in here[eid]]
            got = {
                scorer.FAMILY.get(str(ev.get("outcome") or ""), ev.get("outcome"))
                for ev in mine
                if ev.get("kind") == "ruling"
            }
            if accepted & got:
                continue
            cue = re.compile(CUES[gold], re.I)
            words = _name_words(gnames)
            named = [
                s
                for s in spans
                if cue.search(s) and words & set(re.findall(r"[a-z0-9]+", s.lower()))
            ]
            if not ents:
                cause = "not_found"
            elif elsewhere := [
                ev
                for accused, ev in all_events.get(doc["id"], [])
                if ev.get("kind") == "ruling"
                and accepted & {scorer.FAMILY.get(str(ev.get("outcome") or ""), ev.get("outcome"))}
                and not accused & ents
            ]:
                quotes = [ev.get("quote") or "" for ev in elsewhere]
                naming = any(words & set(re.findall(r"[a-z0-9]+", q.lower())) for q in quotes)
                cause = "tied_elsewhere" if naming else "tied_group"
                named = quotes[:2]
            elif got - {None}:
                cause = "other_value"
            elif any(
                ev.get("kind") != "ruling" and cue.search(ev.get("quote") or "") for ev in mine
            ):
                cause = "other_kind"
            elif named:
                cause = "named_unread"
            elif any(cue.search(s) for s in spans):
                cause = "group_unread"
            else:
                cause = "no_cue"
            told = named or [s for s in spans if cue.search(s)]
            line = f"{person['name']}: {gold}, ledger has {sorted(x for x in got if x) or 'none'}"
            if told:
                line += "\n      | " + "\n      | ".join(
                    " ".join(s.split())[:300] for s in told[:3]
                )
            out.append((cause, doc["id"], line))
    return out


def _one(name: str, path: Path, ledgers: Path | None) -> tuple[str, list[tuple[str, str, str]]]:
    scorer = load_scorer()
    docs = scorer.load_gold(str(path))
    stored = ledgers / f"{name}.ledger.json" if ledgers else None
    ledger = json.loads(stored.read_text()) if stored and stored.exists() else ledger_of(path)
    return name, classify(scorer, docs, ledger)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", required=True)
    parser.add_argument("--ledgers", type=Path)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--groups", action="store_true")
    args = parser.parse_args(argv)
    allowed = chosen_open_sets(args.sets)
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = dict(
            pool.map(
                _one, args.sets, [allowed[n] for n in args.sets], [args.ledgers] * len(args.sets)
            )
        )
    total: Counter[str] = Counter()
    print("set      " + " ".join(f"{c[:12]:>12}" for c in CLASSES))
    for name in args.sets:
        counts = Counter(cause for cause, _, _ in results[name])
        total.update(counts)
        print(f"{name:<8} " + " ".join(f"{counts[c]:>12}" for c in CLASSES))
    print(f"{'all':<8} " + " ".join(f"{total[c]:>12}" for c in CLASSES))
    if args.groups:
        by_group: Counter[tuple[str, str]] = Counter()
        sets_of: dict[str, set[str]] = {}
        for name in args.sets:
            for cause, _, line in results[name]:
                group = group_of(line)
                by_group[(cause, group)] += 1
                sets_of.setdefault(group, set()).add(name)
        print("class          " + " ".join(f"{g:>10}" for g in (*GROUPS, "none")))
        for cause in CLASSES:
            row = [by_group[(cause, g)] for g in (*GROUPS, "none")]
            print(f"{cause:<14} " + " ".join(f"{n:>10}" for n in row))
        for group in GROUPS:
            print(f"{group}: {len(sets_of.get(group, ()))} sets")
    if args.show:
        for name in args.sets:
            for cause, doc_id, line in sorted(results[name]):
                shown = f" <{group_of(line)}>" if args.groups else ""
                print(f"[{name}] {cause}{shown} {doc_id}: {line}")
    return 0


if __name__ == "__main__":
    run(main)
