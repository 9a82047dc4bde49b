"""Facts a sentence gives read alone but not inside its article, and the reverse.

    python benchmarks/in_context.py --sets dev lf13 ... [--show] [--json OUT] [--jobs 2]

Each open set is ingested twice: its articles as they are, and each sentence of each
article as a document of its own (``nlp.sentences``' light splitter, which needs no parse).
A gold fact of an article - the accused found, the outcome, the confession's setting, a
retraction, a denial, by the scorer's own matching - is "alone only" when some lone sentence
gives it and the article does not, "article only" the other way round (mostly a pronoun or a
name told before, which a sentence alone cannot have). Each "alone only" fact is put down to
its first cause, by comparing the sentence's parse inside the article with its parse alone:
- ``segmentation``: the article's parse does not hold the sentence as one sentence of its
  own (a dateline, a quotation, an abbreviation, a headline or a line break read otherwise);
- ``ner``: the same boundaries, but a named span typed or bounded otherwise in context;
- ``parse``: the same names, another tree (a head or a dependency label differs);
- ``claims``: the same parse - the article's claims, its mention linking or the ledger lose
  the fact (a pronoun tied to another person, a later sentence overriding it).

Held-out sets are refused: this tool prints article text. The sets are named on the command
line (``--sets``), so that a file written blind and not yet opened is never read by default.
The counts go to stdout; ``--show`` adds each "alone only" fact with its sentence.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from court import ledger_of, load_scorer
from court_sets import chosen_open_sets
from user_errors import run

from corroborate.nlp.pipeline import load_pipeline
from corroborate.nlp.sentences import sentences

# The scorer's counts a person's fact is read from: found, over, in the order printed.
FACTS = (
    ("accused", "accused_found", "accused"),
    ("outcome", "outcomes_right", "outcomes"),
    ("confession", "confessions_setting", "confessions"),
    ("retraction", "retractions_found", "retractions"),
    ("denial", "denials_found", "denials"),
)
CAUSES = ("segmentation", "ner", "parse", "claims")


def lone_documents(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each sentence of each article as a document of its own, its id ``ARTICLE#sN``."""
    out = []
    for doc in docs:
        for number, (start, end) in enumerate(sentences(doc["text"])):
            lone = dict(doc, id=f"{doc['id']}#s{number}", text=doc["text"][start:end])
            lone.update(title="", start=start)
            if doc.get("url"):
                lone["url"] = f"{doc['url']}#s{number}"
            out.append(lone)
    return out


def by_document(ledger: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The ledger's allegations by the documents their events come from."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for allegation in ledger.get("allegations", []):
        for doc_id in {event.get("document_id") for event in allegation.get("events", [])}:
            out[doc_id].append(allegation)
    return out


def facts_of(
    scorer: Any, doc: dict[str, Any], person: dict[str, Any], ledger: dict[str, Any], mine: list
) -> set[str]:
    """The facts of ``person`` the ledger gives for ``doc`` (its own allegations ``mine``)."""
    one = dict(doc, gold={"accused": [person], "not_accused": []})
    small = {"entities": ledger.get("entities", []), "allegations": mine}
    counts = scorer.score([one], small)[0]["counts"]
    return {fact for fact, found, over in FACTS if counts.get(over) and counts.get(found)}


def wanted(person: dict[str, Any]) -> set[str]:
    """The facts the gold holds for ``person``."""
    out = {"accused"}
    if person.get("outcome") not in (None, "", "charged", "arrested"):
        out.add("outcome")
    for flag, fact in (("confessed", "confession"), ("retracted", "retraction")):
        if person.get(flag):
            out.add(fact)
    if person.get("denied"):
        out.add("denial")
    return out


def cause_of(nlp: Any, text: str, start: int, end: int) -> str:
    """Why the sentence ``text[start:end]`` reads otherwise inside its article."""
    whole, alone = nlp(text), nlp(text[start:end])
    held = [_trimmed(s) for s in whole.sents if s.start_char < end and start < s.end_char]
    held = [s for s in held if len(s)]
    if len(held) != 1 or held[0].start_char != start or held[0].end_char != end:
        return "segmentation"
    span = held[0]
    ents_in = {(e.start_char - start, e.end_char - start, e.label_) for e in span.ents}
    ents_alone = {(e.start_char, e.end_char, e.label_) for e in alone.ents}
    if ents_in != ents_alone:
        return "ner"
    tree_in = [(t.idx - start, t.dep_, t.head.idx - start) for t in span if not t.is_space]
    tree_alone = [(t.idx, t.dep_, t.head.idx) for t in alone if not t.is_space]
    return "parse" if tree_in != tree_alone else "claims"


def _trimmed(span: Any) -> Any:
    """``span`` without the whitespace tokens at its ends (a paragraph break)."""
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end]


def compare_set(name: str, path: Path) -> dict[str, Any]:
    """One set's "alone only" and "article only" facts, each alone-only one with its cause."""
    scorer = load_scorer()
    docs = scorer.load_gold(str(path))
    lone = lone_documents(docs)
    with tempfile.TemporaryDirectory() as tmp:
        lone_path = Path(tmp) / "lone.jsonl"
        lone_path.write_text("".join(json.dumps(d) + "\n" for d in lone))
        lone_ledger = ledger_of(lone_path)
    ledger = ledger_of(path)
    article_rows, lone_rows = by_document(ledger), by_document(lone_ledger)
    sentences_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in lone:
        sentences_of[doc["id"].rsplit("#", 1)[0]].append(doc)
    nlp = load_pipeline()
    alone_only, article_only, both = [], [], 0
    for doc in docs:
        for person in doc["gold"]["accused"]:
            want = wanted(person)
            got = facts_of(scorer, doc, person, ledger, article_rows.get(doc["id"], []))
            got_alone: dict[str, dict[str, Any]] = {}
            for one in sentences_of[doc["id"]]:
                rows = lone_rows.get(one["id"], [])
                for fact in facts_of(scorer, one, person, lone_ledger, rows):
                    got_alone.setdefault(fact, one)
            for fact in sorted(want & (set(got_alone) - got)):
                one = got_alone[fact]
                start = one["start"]
                cause = cause_of(nlp, doc["text"], start, start + len(one["text"]))
                alone_only.append({
                    "set": name, "doc": doc["id"], "person": person["name"], "fact": fact,
                    "cause": cause, "start": start, "sentence": one["text"],
                })  # fmt: skip
            both += len(want & got & set(got_alone))
            for fact in sorted(want & (got - set(got_alone))):
                article_only.append({"set": name, "doc": doc["id"], "fact": fact})
    return {"set": name, "alone_only": alone_only, "article_only": article_only, "both": both}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", required=True, help="short names of open sets")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--show", action="store_true", help="print each alone-only fact")
    parser.add_argument("--json", type=Path, help="write every fact found to this file")
    args = parser.parse_args(argv)
    sets = chosen_open_sets(args.sets)
    names = list(sets)
    total: Counter[tuple[str, str]] = Counter()
    results = []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(compare_set, name, sets[name]) for name in names]
        for future in as_completed(futures):
            result = future.result()
            results.append(result)
            total.update(_report(result, args.show))
    by_cause: Counter[str] = Counter()
    for (_, cause), n in total.items():
        by_cause[cause] += n
    print("all: " + " ".join(f"{c}={by_cause[c]}" for c in CAUSES))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


def _report(result: dict[str, Any], show: bool) -> Counter[tuple[str, str]]:
    """Print one set's counts (and its facts, with ``show``); return its (fact, cause) counts."""
    causes = Counter((row["fact"], row["cause"]) for row in result["alone_only"])
    back = Counter(row["fact"] for row in result["article_only"])
    line = " ".join(f"{fact}/{cause}={n}" for (fact, cause), n in sorted(causes.items()))
    print(f"{result['set']}: alone only {len(result['alone_only'])} ({line});"
          f" article only {sum(back.values())} {dict(back)}; both {result['both']}")  # fmt: skip
    if show:
        for row in result["alone_only"]:
            print(f"  {row['doc']} {row['person']} {row['fact']} [{row['cause']}]")
            print(f"    {row['sentence']}")
    sys.stdout.flush()
    return causes


if __name__ == "__main__":
    sys.exit(run(main))
