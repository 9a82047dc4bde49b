"""Who the ledger accuses wrongly: every extra accused of the open sets, by cause.

    python benchmarks/extra_accused.py --sets dev lf13 ... [--all-open] [--show] [--jobs 2]
                                       [--stores DIR]

An "extra accused" is a party the ledger lists as accused in an article (an allegation that
accuses it has an event of that article, the scorer's definition) that matches none of the
article's gold accused: what ``accused_precision`` counts against. Each is classed by whom the
gold says it is:

- ``not-accused:<role>``: a gold ``not_accused`` (victim, judge, lawyer, witness, relative
  ...): what ``wrongly_accused`` counts, the worst kind;
- ``not-person``: an organisation or group entity (a family's name typed an organisation,
  "the Talwars", among them: read these);
- ``variant``: a person's name that shares a word with a gold accused of the article (a lone
  surname, a name spelled otherwise), which the scorer does not match: most are right
  readings the gold spells differently, not defects, counted apart;
- ``unlisted``: a person the gold lists neither way (a bystander, an official the writer did
  not list, or an accused the gold left out).

and by the claim that made it accused: for each accusing claim of the article whose accused
party is the entity (by name or alias), how the party is written in the claim's sentence -
``name`` (the name itself), ``pronoun``, ``surname``, ``description`` ("the driver"),
``group`` (a group's members) - and the grammatical role of those words in the sentence
(``agent:VERB``, ``patient:VERB``, ``pobj:PREP:HEAD``, ``poss:NOUN``, ``appos:NOUN``,
``conj(...)``), which tells a victim or an official in the accusation's own clause from its
accused; ``attribution`` where only an attribution's event accuses it (no claim does).

Blind sets (``h31`` on) are refused, as every misses script refuses them (``court_sets``).
``--stores DIR`` keeps each set's store as ``DIR/SET.db`` and reuses it on the next run (the
same code must have made it).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from accused_misses import ACCUSING_KINDS, PRONOUNS
from accused_misses import _shape as shape_of
from court import load_scorer
from court_sets import chosen_open_sets
from user_errors import run

from corroborate.ingest import ingest_paths
from corroborate.ledger.store import analysed_documents, rebuild
from corroborate.nlp.pipeline import load_pipeline
from corroborate.store import open_store

__all__ = ["classify_set", "WHO"]

WHO = ("not-accused", "not-person", "variant", "unlisted")


def _store_of(path: Path, stores: Path | None, tmp: str) -> tuple[str, bool]:
    """The store's file and whether it must be filled (a kept store is reused)."""
    if stores is None:
        return str(Path(tmp) / "b.db"), True
    stores.mkdir(parents=True, exist_ok=True)
    db = stores / f"{path.stem}.db"
    return str(db), not db.exists()


def classify_set(name: str, path: Path, stores: Path | None = None) -> dict[str, Any]:
    """One set's extra accused, each with whom the gold says it is and the claims behind it."""
    scorer = load_scorer()
    docs = scorer.load_gold(str(path))
    nlp = load_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        db, fill = _store_of(path, stores, tmp)
        with open_store(db) as store:
            if fill:
                ingest_paths([path], store, nlp=nlp, after_ingest=rebuild)
            ledger = store.ledger().to_json()
            analysed = {a.document.id: a for a in analysed_documents(store)}
    entities = {e["id"]: e for e in ledger.get("entities", [])}
    events_of: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for allegation in ledger.get("allegations", []):
        for event in allegation.get("events", []):
            for eid in allegation.get("accused", []):
                events_of[event["document_id"]][eid].append(event)
    rows = []
    for doc in docs:
        here = events_of.get(doc["id"], {})
        for eid, events in here.items():
            entity = entities[eid]
            names = {scorer.norm(entity["name"])} | {scorer.norm(a) for a in entity["aliases"]}
            if any(scorer.same(scorer.gold_names(p), names) for p in doc["gold"]["accused"]):
                continue
            who = _who(scorer, doc, entity, names)
            how = _how(nlp, doc["text"], entity, analysed[doc["id"]].claims, events)
            rows.append(
                {"set": name, "doc": doc["id"], "name": entity["name"], "who": who}
                | how
                | {"quote": events[0]["quote"][:240]}
            )
    return {"set": name, "rows": rows}


def _who(scorer: Any, doc: dict[str, Any], entity: dict[str, Any], names: set[str]) -> str:
    """Whom the gold says the entity is: see the module's docstring."""
    for person in doc["gold"]["not_accused"]:
        if scorer.same({scorer.norm(person.get("name"))} - {""}, names):
            return f"not-accused:{person.get('role', '?')}"
    if entity["type"] != "person":
        return f"not-person:{entity['type']}"
    accused_words = {
        w for p in doc["gold"]["accused"] for n in scorer.gold_names(p) for w in n.split()
    }
    if any(set(n.split()) & accused_words for n in names if n):
        return "variant"
    return "unlisted"


def _how(
    nlp: Any, text: str, entity: dict[str, Any], claims: list[Any], events: list[dict[str, Any]]
) -> dict[str, Any]:
    """The accusing claims of the article that name the entity as accused, and how."""
    names = {entity["name"], *entity["aliases"]}
    parsed = None
    ties = []
    for claim in claims:
        if claim.kind not in ACCUSING_KINDS:
            continue
        for party in claim.participants:
            if party.role != "accused" or party.name not in names:
                continue
            parsed = parsed if parsed is not None else nlp(text)
            said = text[party.start : party.end]
            ties.append(
                {
                    "kind": claim.kind,
                    "written": _written(said, entity["name"], party.members),
                    "shape": shape_of(parsed, party.start, party.end),
                    "said": said,
                    "others": [f"{p.role}:{p.name}" for p in claim.participants if p is not party],
                    "sentence": text[claim.start : claim.end][:240],
                }
            )
    if not ties:
        kinds = sorted({e["kind"] for e in events})
        return {"cause": "attribution", "shape": ",".join(kinds), "ties": []}
    first = ties[0]
    return {"cause": first["written"], "shape": first["shape"], "ties": ties}


def _written(said: str, name: str, members: str | None) -> str:
    """How the words that name the accused party are written (see the module's docstring)."""
    words = said.lower().split()
    if members:
        return "group"
    if not words:
        return "none"
    if words[0] in PRONOUNS:
        return "pronoun"
    name_words = name.lower().split()
    if said.lower().strip() == name.lower() or name.lower() in said.lower():
        return "name"
    if len(words) == 1 and words[0].strip("'’s") in name_words:
        return "surname"
    if said[:1].islower() or words[0] == "the":
        return "description"
    return "name-other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sets", nargs="*", default=[], help="short names of open sets")
    parser.add_argument("--all-open", action="store_true", help="every open set")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--show", action="store_true", help="print each extra with its claims")
    parser.add_argument("--stores", type=Path, default=None, help="keep and reuse the stores")
    args = parser.parse_args(argv)
    if not (args.sets or args.all_open):
        parser.error("name the sets (--sets lf13 ...) or --all-open")
    sets = chosen_open_sets(None if args.all_open else args.sets)
    results = []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(classify_set, n, sets[n], args.stores) for n in sets]
        for future in as_completed(futures):
            results.append(future.result())
    who: Counter[str] = Counter()
    causes: Counter[str] = Counter()
    spread: dict[str, set[str]] = defaultdict(set)
    for result in sorted(results, key=lambda r: r["set"]):
        rows = result["rows"]
        counts = Counter(row["who"].split(":")[0] for row in rows)
        who.update(counts)
        print(f"{result['set']:8} " + " ".join(f"{w}={counts[w]}" for w in WHO))
        for row in rows:
            key = f"{row['who'].split(':')[0]}/{row['cause']}"
            causes[key] += 1
            spread[key].add(result["set"])
            if args.show:
                print(f"  {row['doc']} {row['name']!r} {row['who']} {row['cause']}/{row['shape']}")
                for tie in row["ties"][:3]:
                    print(f"    {tie['kind']} {tie['said']!r} {tie['shape']} {tie['others']}")
                    print(f"      {tie['sentence']}")
                if not row["ties"]:
                    print(f"    {row['quote']}")
    print("all      " + " ".join(f"{w}={who[w]}" for w in WHO))
    for key, count in causes.most_common():
        print(f"  {key}: {count} in {len(spread[key])} sets")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
