"""Why the open sets' missed confessions are missed: each one put down to a cause read from
the stored claims and the ledger.

    python benchmarks/confession_misses.py [--sets dev lf13 ...] [--show] [--jobs 2]

A confession miss is a gold accused who confessed in an article while the ledger has no
confession event for them there (the scorer's "confession, ledger has none"). Each set is
ingested into a fresh store, as ``court.py`` does; the store's claims of the article and the
ledger give the cause, the first that holds:

- ``not-found``: the person is not found accused in the article at all (accused-finding's);
- ``b-dropped``: a confession claim of the article names the person as its confessor, but the
  ledger has no confession event for them there (dropped, or put on another's allegation);
- ``a-tied-elsewhere``: a confession claim was read in a sentence that names the person or
  tells them by a pronoun, possessive or description, its confessor another person or no one;
- ``d-retraction-read``: no confession claim for them, but a retraction claim for them;
- ``d-retold-unread``: neither, but the article tells their confession through what became
  of it - a sentence near them with a word of confessing and a word of taking back, coercion,
  a dispute ("attributed to him", "never made") or a court relying on or rejecting it;
- ``c-unread``: a sentence near the person holds a word of confessing or admitting (a noun
  with an owner, a verb of telling or admitting), none of taking back, and no confession
  claim;
- ``e-other``: none of these (the text tells it in words this script does not look for).

Only open sets are read: a blind set (``h31`` on: ``court_sets.is_blind``) is refused, and by
default every open set is read (``court_sets.open_sets``). ``--show`` prints each miss with its
sentences.
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

__all__ = ["CAUSES", "main"]

CAUSES = (
    "not-found",
    "b-dropped",
    "a-tied-elsewhere",
    "d-retraction-read",
    "d-retold-unread",
    "c-unread",
    "e-other",
)
_CONFESSING = re.compile(
    r"confess|admi(t|ss)|statement|owned up|own up|guilty|spilled|disclos|narrat|revealed",
    re.I,
)
_RETOLD = re.compile(
    r"retract|recant|resil|disown|withdr|repudiat|coerc|tortur|duress|pressure|forced|beaten|"
    r"relied|rely|rejected|excluded|exclude|inadmissib|admissib|voluntar|signed|took back|"
    r"went back on|denied (ever )?making|never made|not made by|attribut|disput|challeng|"
    r"contest|typed|written by|set aside|could not be (used|read)|police story|put to him|"
    r"taken while|suffocat|ill-treat",
    re.I,
)
_REFERRING = re.compile(r"\b(he|she|him|his|her|the accused|the suspect|the [a-z]+er)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?\"\u201d])\s+(?=[A-Z\"\u201c])")


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENTENCE.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _names_of(scorer: Any, person: dict[str, Any]) -> set[str]:
    names: set[str] = scorer.gold_names(person)
    return names


def _is_person(scorer: Any, gold: set[str], name: str) -> bool:
    """The scorer's matching, and a lone surname or given name of the person's."""
    norm = scorer.norm(name)
    if scorer.same(gold, {norm}):
        return True
    return bool(norm) and " " not in norm and any(norm in g.split() for g in gold)


def _near(text: str, spans: list[tuple[int, int]], i: int, words: list[str]) -> bool:
    """Sentence ``i`` or one of the two before names one of ``words``."""
    window = text[spans[max(0, i - 2)][0] : spans[i][1]]
    return any(re.search(rf"\b{re.escape(w)}\b", window) for w in words)


def classify_set(name: str) -> list[dict[str, Any]]:
    """Every confession miss of set ``name``, with its cause and sentences."""
    gold_path = open_sets()[name]
    scorer = load_scorer()
    docs = scorer.load_gold(str(gold_path))
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "c.db")) as store:
        ingest_paths([gold_path], store, nlp=load_pipeline(), after_ingest=rebuild)
        ledger = store.ledger().to_json()
        claims = store.claims()
    by_doc: dict[str, list[Any]] = {}
    for doc_id, claim in claims:
        by_doc.setdefault(doc_id, []).append(claim)
    entities = {e["id"]: e for e in ledger["entities"]}
    ent_names = {
        eid: {scorer.norm(e["name"])} | {scorer.norm(a) for a in e.get("aliases", [])}
        for eid, e in entities.items()
    }
    events: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for allegation in ledger["allegations"]:
        for event in allegation["events"]:
            for eid in allegation["accused"]:
                events.setdefault(event["document_id"], {}).setdefault(eid, []).append(event)
    out = []
    for doc in docs:
        here = events.get(doc["id"], {})
        text = doc["text"]
        spans = _sentences(text)
        for person in doc["gold"]["accused"]:
            if not person.get("confessed"):
                continue
            gold = _names_of(scorer, person)
            ents = {eid for eid in here if scorer.same(gold, ent_names.get(eid, set()))}
            found = [ev for eid in ents for ev in here[eid] if ev["kind"] == "confession"]
            if found:
                continue
            words = sorted({w for g in gold for w in g.split() if len(w) > 2}, key=len)
            words = [w.capitalize() if w.islower() else w for w in words]
            doc_claims = by_doc.get(doc["id"], [])
            cause, shown = _cause(scorer, text, spans, doc_claims, gold, words, bool(ents))
            out.append(
                {"set": name, "id": doc["id"], "person": person["name"],
                 "setting": person["confessed"], "cause": cause, "sentences": shown}
            )  # fmt: skip
    return out


def _cause(
    scorer: Any,
    text: str,
    spans: list[tuple[int, int]],
    claims: list[Any],
    gold: set[str],
    words: list[str],
    accused: bool,
) -> tuple[str, list[str]]:
    def sentence_of(start: int) -> int:
        return next((i for i, (s, e) in enumerate(spans) if s <= start < e + 2), len(spans) - 1)

    def show(claim: Any, note: str) -> str:
        confessors = [p.name for p in claim.participants if p.role == "accused"]
        sentence = text[claim.start : claim.end]
        return f"[{claim.kind} {claim.setting} by {confessors} {note}] {sentence}"

    if not accused:
        near = [text[s:e] for i, (s, e) in enumerate(spans)
                if _CONFESSING.search(text[s:e]) and _near(text, spans, i, words)]  # fmt: skip
        return "not-found", near[:4]
    confessions = [c for c in claims if c.kind == "confession"]
    mine = [c for c in confessions if any(p.role == "accused" and _is_person(scorer, gold, p.name)
                                          for p in c.participants)]  # fmt: skip
    if mine:
        return "b-dropped", [show(c, "") for c in mine]
    others = []
    for c in confessions:
        i = sentence_of(c.start)
        sent = text[c.start : c.end]
        told = [text[p.start : p.end] for p in c.participants if p.role == "accused"]
        # the confessor told by a pronoun, possessive or description, or by no one
        referring = not told or any(not w[:1].isupper() or _REFERRING.fullmatch(w) for w in told)
        names_here = any(re.search(rf"\b{re.escape(w)}\b", sent) for w in words)
        if (names_here or _near(text, spans, i, words)) and referring:
            others.append(show(c, f"told as {told}"))
        elif names_here:
            others.append(show(c, f"named here, told as {told}"))
    if others:
        return "a-tied-elsewhere", others
    retractions = [c for c in claims if c.kind == "retraction"
                   and any(p.role == "accused" and _is_person(scorer, gold, p.name)
                           for p in c.participants)]  # fmt: skip
    told_near = [
        text[s:e] for i, (s, e) in enumerate(spans)
        if _CONFESSING.search(text[s:e]) and _near(text, spans, i, words)
    ]  # fmt: skip
    if retractions:
        return "d-retraction-read", [show(c, "") for c in retractions] + told_near[:4]
    if told_near and any(_RETOLD.search(s) for s in told_near):
        return "d-retold-unread", told_near[:4]
    if told_near:
        return "c-unread", told_near[:4]
    return "e-other", []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(open_sets()))
    parser.add_argument("--show", action="store_true", help="print each miss's sentences")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", type=Path, help="write the misses here")
    args = parser.parse_args(argv)
    args.sets = list(chosen_open_sets(args.sets))
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        results = dict(zip(args.sets, pool.map(classify_set, args.sets), strict=True))
    total: Counter[str] = Counter()
    for name, misses in results.items():
        counts = Counter(m["cause"] for m in misses)
        total += counts
        if misses:
            print(f"# {name}: {json.dumps({c: counts[c] for c in CAUSES if counts[c]})}")
        if args.show:
            for m in misses:
                print(f"{name}\t{m['id']}\t{m['person']}\t{m['setting']}\t{m['cause']}")
                for s in m["sentences"]:
                    print("      - " + " ".join(s.split())[:400])
    print("# all:", json.dumps({c: total[c] for c in CAUSES}))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
