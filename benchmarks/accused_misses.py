"""Why a gold accused is not found: every "accused not found" of the open sets, by cause.

    python benchmarks/accused_misses.py --sets dev lf13 ... [--all-open] [--show] [--jobs 2]

Each open set is ingested into a fresh store (as ``court.py`` does); for every gold accused
the scorer does not find in an article, the stored mentions, claims and ledger are read and
the miss is put down to its first cause:

- ``a-name``: no person mention covers the name in any written form (``name_mentions``'
  kinds: ``missing``, ``cut``, ``joined``, ``place``; ``unwritten`` when no form is written);
- ``b-tie``: the name is a mention, and an accusing claim (accusation, arrest, charge,
  ruling, confession, denial, retraction, crime) in a sentence naming the person or in the two
  after one names as its accused a pronoun, a description, a surname or a group resolved to
  someone else or to no one;
- ``c-ledger``: an accusing claim names the person as accused, and the ledger loses it
  (``c-ledger-other``: the ledger's accused entity for this article bears another name;
  ``c-ledger-none``: no allegation of this article accuses anyone of that name);
- ``d-<shape>``: no accusing claim holds the person: the grammatical shape of the person's
  first mention in a sentence with an accusing or crime cue word - its dependency to its head
  (``agent`` of a verb, ``patient`` of one, ``poss``, ``appos``, ``conj`` a list member,
  ``pobj`` after a preposition) and the head's lemma;
- ``e-role``: the person is a participant of an accusing claim in another role (victim,
  witness, ...); ``e-other``: none of the above.

Blind sets (``h31`` on) are refused, and so is any set not named on the command line: a file
written blind and not yet opened is never read by default.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from court import load_scorer
from court_sets import chosen_open_sets
from name_mentions import classify
from user_errors import run

from corroborate.ingest import ingest_paths
from corroborate.ledger.store import analysed_documents, rebuild
from corroborate.nlp.pipeline import load_pipeline
from corroborate.store import open_store

ACCUSING = ("accusation", "arrest", "charge", "ruling", "confession", "denial", "retraction")
ACCUSING_KINDS = (*ACCUSING, "crime")
PRONOUNS = {"he", "she", "they", "him", "her", "them", "his", "their", "who", "whom"}
CLASSES = ("a-name", "b-tie", "c-ledger", "d-shape", "e-role", "e-other")


def _sentence_of(doc: Any, start: int) -> Any:
    for sent in doc.sents:
        if sent.start_char <= start < sent.end_char:
            return sent
    return None


def _shape(doc: Any, start: int, end: int) -> str:
    """The role of the words ``start:end`` in their clause: dependency and head lemma."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return "none"
    root = span.root
    dep, head = root.dep_, root.head
    while dep in ("compound", "flat") and head is not root.head.head:
        root, dep, head = head, head.dep_, head.head
    if dep == "conj" or any(t.dep_ == "conj" and t.head.i == root.i for t in doc):
        first = root
        while first.dep_ == "conj":
            first = first.head
        return f"conj({first.dep_}:{first.head.lemma_.lower()})"
    if dep == "nsubj":
        return f"agent:{head.lemma_.lower()}"
    if dep in ("dobj", "nsubjpass", "obj"):
        return f"patient:{head.lemma_.lower()}"
    if dep == "poss":
        return f"poss:{head.lemma_.lower()}"
    if dep == "appos":
        return f"appos:{head.lemma_.lower()}"
    if dep == "pobj":
        return f"pobj:{head.lemma_.lower()}:{head.head.lemma_.lower()}"
    return f"{dep}:{head.lemma_.lower()}"


def _names_match(scorer: Any, person: dict[str, Any], name: str) -> bool:
    return bool(scorer.same(scorer.gold_names(person), {scorer.norm(name)}))


def classify_set(name: str, path: Path) -> dict[str, Any]:
    """One set's misses, each with its class and the evidence for it."""
    scorer = load_scorer()
    docs = scorer.load_gold(str(path))
    nlp = load_pipeline()
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "b.db")) as store:
        ingest_paths([path], store, nlp=nlp, after_ingest=rebuild)
        ledger = store.ledger().to_json()
        analysed = {a.document.id: a for a in analysed_documents(store)}
    _, details = scorer.score(docs, ledger)
    missed = {
        (line.split(": ")[0], line.split(": ", 2)[2])
        for line in details
        if ": accused not found: " in line
    }
    entity_names = {e["id"]: e["name"] for e in ledger.get("entities", [])}
    accused_here: dict[str, set[str]] = defaultdict(set)
    for allegation in ledger.get("allegations", []):
        for event in allegation.get("events", []):
            for eid in allegation.get("accused", []):
                accused_here[event.get("document_id")].add(entity_names.get(eid, ""))
    rows = []
    for doc in docs:
        for person in doc["gold"]["accused"]:
            if (doc["id"], person["name"]) not in missed:
                continue
            rows.append(
                _classify_one(
                    scorer,
                    nlp,
                    doc,
                    person,
                    analysed[doc["id"]].mentions,
                    analysed[doc["id"]].claims,
                    accused_here[doc["id"]],
                )
            )
            rows[-1].update(set=name, doc=doc["id"], person=person["name"])
    return {"set": name, "rows": rows}


def _classify_one(
    scorer: Any,
    nlp: Any,
    doc: dict[str, Any],
    person: dict[str, Any],
    mentions: list[Any],
    claims: list[Any],
    accused_here: set[str],
) -> dict[str, Any]:
    text = doc["text"]
    kind, where = classify(text, person, mentions)
    if kind != "found":
        return {"class": "a-name", "sub": kind, "evidence": str(where[:1])[:200]}
    mine = [m for m in mentions if m.type == "person" and _names_match(scorer, person, m.name)]
    accused_of = [
        (c, p)
        for c in claims
        if c.kind in ACCUSING_KINDS
        for p in c.participants
        if p.role == "accused"
    ]
    direct = [(c, p) for c, p in accused_of if _names_match(scorer, person, p.name)]
    if direct:
        others = sorted(n for n in accused_here if n and not _names_match(scorer, person, n))
        sub = "other" if others else "none"
        c, p = direct[0]
        return {
            "class": "c-ledger",
            "sub": f"{sub}:{c.kind}",
            "evidence": text[c.start : c.end][:240],
        }
    parsed = nlp(text)
    sents = list(parsed.sents)
    index = {i: s for i, s in enumerate(sents)}
    named_at = set()
    for m in mine:
        for i, s in index.items():
            if s.start_char <= m.start < s.end_char:
                named_at.add(i)
    near = {j for i in named_at for j in (i, i + 1)}
    for c, p in accused_of:
        at = next((i for i, s in index.items() if s.start_char <= p.start < s.end_char), None)
        if at not in near:
            continue
        said = text[p.start : p.end]
        words = said.lower().split()
        # The one it is tied to is named in the same sentence: the tie is likely right.
        sent = index[at]
        if any(
            m.type == "person" and m.name == p.name and m.text == m.name
            for m in mentions
            if sent.start_char <= m.start < sent.end_char
        ):
            continue
        surname = len(words) == 1 and words[0] in scorer.norm(person["name"]).split()
        if words and (words[0] in PRONOUNS or said[:1].islower() or surname or p.members):
            how = (
                "pronoun"
                if words[0] in PRONOUNS
                else "surname"
                if surname
                else "group"
                if p.members
                else "description"
            )
            return {
                "class": "b-tie",
                "sub": f"{how}:{c.kind}",
                "evidence": f"{said!r} -> {p.name!r} | {text[c.start : c.end][:200]}",
            }
    for c in claims:
        if c.kind not in ACCUSING_KINDS:
            continue
        for p in c.participants:
            if p.role != "accused" and _names_match(scorer, person, p.name):
                return {
                    "class": "e-role",
                    "sub": f"{p.role}:{c.kind}",
                    "evidence": text[c.start : c.end][:240],
                }
    if mine:
        m = mine[0]
        shape = _shape(parsed, m.start, m.end)
        sent = _sentence_of(parsed, m.start)
        return {
            "class": "d-shape",
            "sub": shape.split(":")[0].split("(")[0],
            "shape": shape,
            "evidence": sent.text[:240] if sent else "",
        }
    return {"class": "e-other", "sub": "no-person-mention", "evidence": ""}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sets", nargs="*", default=[], help="short names of open sets")
    parser.add_argument("--all-open", action="store_true", help="every open set")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--show", action="store_true", help="print each miss with its evidence")
    args = parser.parse_args(argv)
    if not (args.sets or args.all_open):
        parser.error("name the sets (--sets lf13 ...) or --all-open")
    sets = chosen_open_sets(None if args.all_open else args.sets)
    names = list(sets)
    results = []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(classify_set, n, sets[n]) for n in names]
        for future in as_completed(futures):
            results.append(future.result())
    total: Counter[str] = Counter()
    subs: Counter[str] = Counter()
    for result in sorted(results, key=lambda r: r["set"]):
        counts = Counter(row["class"] for row in result["rows"])
        total.update(counts)
        subs.update(f"{row['class']}/{row['sub']}" for row in result["rows"])
        print(f"{result['set']:8} " + " ".join(f"{c}={counts[c]}" for c in CLASSES))
        if args.show:
            for row in result["rows"]:
                shape = row.get("shape", row["sub"])
                print(f"  {row['doc']} {row['person']!r} {row['class']}/{shape}")
                print(f"    {row['evidence']}")
    print("all      " + " ".join(f"{c}={total[c]}" for c in CLASSES))
    for key, n in subs.most_common():
        print(f"  {key}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
