"""An experiment: can a learned classifier find the denials, retractions, confessions rules miss?

    python benchmarks/learned_answers.py [--sets dev,lf,...] [--quiet-articles] [--thresholds 0.8]

For each open gold file (the real dev articles and the invented open sets) the script ingests the
articles as ``benchmarks/court.py`` does and reads the ledger. A unit is one (article, ledger entity
accused in it). Its label comes from the gold person the entity stands for (the scorer's name
match): whether that person denied, retracted or confessed (and where) in the article; an entity
that stands for no gold accused is a negative of every kind. Its features are read from the parse
of the sentences that name the entity (any of its names, or its surname alone) and the sentence
after one, when that sentence's subject is a pronoun: the path from the name to the verb that
governs it (the verb's lemma, negation, the name's dependency, a possessed noun: "his
confession"), that verb's objects and clausal complements, the verbs and nouns of the sentence,
quote marks, and the lexicon's statement words. The features of a unit are the union over its
sentences: the labels are per person and article, so no sentence needs a guessed label.

The learned model is a FALLBACK: it adds a kind to a unit only where the rules put no event of
that kind on it. Evaluation holds out one group at a time and trains on the rest: each invented
file is a group, and each case of the real dev file is one (leave-one-case-out). For each held-out
group it prints, per kind, the gold count, what the rules find, what the fallback adds right and
wrong (a wrong one is a denial, retraction or confession put on a person the gold does not flag),
and the recall with the fallback off and on. Needs the ``train`` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from court import ledger_of, load_scorer  # benchmarks/court.py

from corroborate.lexicon.name_words import name_words as lexicon_name_words
from corroborate.lexicon.statements import statement_words
from corroborate.nlp.pipeline import load_bare
from corroborate.settings import spacy_model

REPO = Path(__file__).resolve().parent.parent
_DATA = REPO / "benchmarks" / "data"
OPEN_SETS = {
    "dev": REPO.parent / "shared" / "benchmarks" / "court-reports" / "dev.jsonl",
    "lf": _DATA / "invented-court-longform-dev.jsonl",
    **{f"lf{i}": _DATA / f"invented-court-longform-dev{i}.jsonl" for i in range(2, 8)},
    "styles": _DATA / "invented-court-styles.jsonl",
    "cl": _DATA / "invented-court-common-law.jsonl",
    "saw": _DATA / "invented-court-south-asia-wire.jsonl",
}
KINDS = ("denial", "retraction", "confession")
FLAG = {"denial": "denied", "retraction": "retracted", "confession": "confessed"}
_QUOTES = re.compile('["\u201c\u201d]')


def name_words(entity: dict[str, Any], scorer: Any) -> tuple[set[str], set[str]]:
    """The entity's full names and its single name words (surnames, first names), normalised."""
    forms = {scorer.norm(entity.get("name"))} | {scorer.norm(a) for a in entity.get("aliases", [])}
    forms -= {""}
    # A title, an honorific or a joining word does not stand for a person alone.
    lexicon = lexicon_name_words()
    weak = lexicon.titles | lexicon.honorifics | lexicon.joining_words | {"the"}
    words = {w for f in forms for w in f.split() if len(w) >= 3 and w not in weak}
    return forms, words


def _governor(token: Any) -> Any:
    """The verb that governs a name: up through compounds, appositions, possessors, prepositions."""
    head = token
    for _ in range(8):
        if head.pos_ in ("VERB", "AUX") and head is not token:
            return head
        if head.head is head:
            return head
        head = head.head
    return head


def mention_features(token: Any) -> set[str]:
    """What the parse says about one name token: its role and the verb it hangs from."""
    top = token
    while top.dep_ in ("compound", "flat", "appos") and top.head is not top:
        top = top.head
    feats = {f"dep={top.dep_}"}
    if top.dep_ == "poss":
        feats.add(f"poss={top.head.lemma_.lower()}")
    if top.dep_ == "pobj" and top.head.head is not None:
        feats.add(f"prep={top.head.lemma_.lower()}>{top.head.head.lemma_.lower()}")
    verb = _governor(top)
    lemma = verb.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in verb.children)
    feats.add(f"gov={lemma}")
    if negated:
        feats.update({"gov_neg", f"gov={lemma}|neg"})
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "ccomp", "xcomp", "advcl", "nsubjpass", "oprd"):
            feats.add(f"gobj={child.lemma_.lower()}")
            if any(c.dep_ == "neg" for c in child.children):
                feats.add("gobj_neg")
        elif child.dep_ == "prep":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    feats.add(f"gprep={child.lemma_.lower()}_{grand.lemma_.lower()}")
    if verb.dep_ in ("ccomp", "xcomp", "advcl", "conj", "relcl") and verb.head is not verb:
        feats.add(f"gp={verb.head.lemma_.lower()}")
    return {f"m:{f}" for f in feats}


def sentence_features(sent: Any, words: Any) -> set[str]:
    """The bag of a sentence: its verbs and nouns, negation, quote marks, statement words."""
    feats = set()
    for t in sent:
        if t.pos_ == "VERB":
            feats.add(f"v={t.lemma_.lower()}")
        elif t.pos_ == "NOUN":
            feats.add(f"n={t.lemma_.lower()}")
        if t.dep_ == "neg":
            feats.add("neg")
    text = sent.text
    if _QUOTES.search(text):
        feats.add("quote")
    if words.denial.search(text):
        feats.add("lex_denial")
    if words.confession_mention.search(text):
        feats.add("lex_confession")
    if words.custody.search(text):
        feats.add("lex_custody")
    return {f"s:{f}" for f in feats}


def unit_sentences(
    doc: Any, forms: set[str], words: set[str], scorer: Any
) -> list[tuple[Any, set[str]]]:
    """The sentences that name the entity (or follow one with a pronoun subject), with features."""
    out: list[tuple[Any, set[str]]] = []
    lexicon = statement_words()
    sents = list(doc.sents)
    named_prev = False
    for sent in sents:
        hits = [t for t in sent if scorer.norm(t.text) in words]
        low = " " + scorer.norm(sent.text) + " "
        full = any(f" {f} " in low for f in forms)
        if hits or full:
            feats = sentence_features(sent, lexicon)
            for t in hits:
                feats |= mention_features(t)
            if full:
                feats.add("u:full_name")
            out.append((sent, feats))
            named_prev = True
            continue
        pronouns = lexicon_name_words().personal_pronouns
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in pronouns]
        if named_prev and subjects:
            feats = sentence_features(sent, lexicon) | {"u:pronoun"}
            for t in subjects:
                feats |= mention_features(t)
            out.append((sent, feats))
        named_prev = False
    return out


def build_units(
    name: str, gold_path: Path, scorer: Any, nlp: Any, ledger: dict[str, Any]
) -> list[dict[str, Any]]:
    """One row per (article, entity accused in it): group, features, gold labels, rule kinds."""
    docs = scorer.load_gold(str(gold_path))
    entities = {e["id"]: e for e in ledger.get("entities", [])}
    names = {eid: name_words(e, scorer)[0] for eid, e in entities.items()}
    events: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for allegation in ledger.get("allegations", []):
        for event in allegation.get("events", []):
            for eid in allegation.get("accused", []):
                events[event.get("document_id")][eid].append(event)
    shared: dict[str, set[str]] = {}
    for doc_id, accused in events.items():
        counts: dict[str, int] = defaultdict(int)
        for eid in accused:
            for word in name_words(entities[eid], scorer)[1]:
                counts[word] += 1
        shared[doc_id] = {w for w, n in counts.items() if n > 1}
    rows = []
    parsed = nlp.pipe((d["text"] for d in docs), batch_size=8)
    for doc, parse in zip(docs, parsed, strict=True):
        group = f"{name}:{doc.get('case') or doc['id']}" if name == "dev" else name
        for eid, evs in events.get(doc["id"], {}).items():
            person = next(
                (
                    p
                    for p in doc["gold"]["accused"]
                    if scorer.same(scorer.gold_names(p), names[eid])
                ),
                None,
            )
            forms, words = name_words(entities[eid], scorer)
            # A name word two accused of the article share (kin's surname, a common first
            # name) names neither alone: only their full names count for them.
            words -= shared.get(doc["id"], set())
            sents = unit_sentences(parse, forms, words, scorer)
            labels = {k: bool(person and person.get(FLAG[k])) for k in KINDS}
            rows.append(
                {
                    "set": name,
                    "group": group,
                    "doc": doc["id"],
                    "entity": eid,
                    "person": person["name"] if person else None,
                    "features": sorted(set().union(*(f for _, f in sents))) if sents else [],
                    "sentences": [(s.start_char, s.end_char, sorted(f)) for s, f in sents],
                    "labels": labels,
                    "setting": person.get("confessed") if person else None,
                    "rules": sorted({str(e.get("kind")) for e in evs}),
                    "rule_settings": sorted(
                        {str(e.get("setting")) for e in evs if e.get("kind") == "confession"}
                    ),
                }
            )
        # Gold persons the ledger does not accuse here: the fallback cannot reach them, but
        # they count in the recall's denominator, as in the scorer.
        found = {r["person"] for r in rows if r["doc"] == doc["id"]}
        for person in doc["gold"]["accused"]:
            if person["name"] not in found and any(person.get(FLAG[k]) for k in KINDS):
                rows.append(
                    {
                        "set": name,
                        "group": group,
                        "doc": doc["id"],
                        "entity": None,
                        "person": person["name"],
                        "features": [],
                        "sentences": [],
                        "labels": {k: bool(person.get(FLAG[k])) for k in KINDS},
                        "setting": person.get("confessed"),
                        "rules": [],
                        "rule_settings": [],
                    }
                )
    return rows


def _fit(rows: list[dict[str, Any]], target: Any, c: float) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(r["features"], 1) for r in rows])
    y = [target(r) for r in rows]
    if len(set(y)) < 2:
        return None
    model = LogisticRegression(C=c, max_iter=3000, random_state=0, class_weight="balanced")
    model.fit(x, y)
    return vec, model


def _predict(fitted: Any, rows: list[dict[str, Any]]) -> list[Any]:
    vec, model = fitted
    x = vec.transform([dict.fromkeys(r["features"], 1) for r in rows])
    return (
        list(model.predict_proba(x)[:, 1]) if len(model.classes_) == 2 else list(model.predict(x))
    )


def held_out_predictions(
    rows: list[dict[str, Any]], c: float, residual: bool = False
) -> list[dict[str, Any]]:
    """Each row's probability of each kind and its predicted setting, by a model not trained
    on the row's group (leave one group out)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    preds: list[dict[str, Any]] = [{} for _ in rows]
    for group in sorted({r["group"] for r in rows}):
        train = [r for r in rows if r["group"] != group and r["entity"] is not None]
        held = [i for i, r in enumerate(rows) if r["group"] == group]
        test = [rows[i] for i in held]
        setting_rows = [r for r in train if r["labels"]["confession"] and r["setting"]]
        vec = DictVectorizer()
        xs = vec.fit_transform([dict.fromkeys(r["features"], 1) for r in setting_rows])
        setting_model = LogisticRegression(C=c, max_iter=3000, random_state=0).fit(
            xs, [r["setting"] for r in setting_rows]
        )
        settings = setting_model.predict(
            vec.transform([dict.fromkeys(r["features"], 1) for r in test])
        )
        for i, setting in zip(held, settings, strict=True):
            preds[i]["setting"] = str(setting)
        for kind in KINDS:
            kind_train = train
            if residual:
                # Train where the fallback would speak: units in articles with no rule claim
                # of the kind, so that the model learns the wordings the rules do not read.
                spoken = {r["doc"] for r in train if kind in r["rules"]}
                kind_train = [r for r in train if r["doc"] not in spoken]
            fitted = _fit(kind_train, lambda r, k=kind: r["labels"][k], c)
            probs = _predict(fitted, test) if fitted else [0.0] * len(test)
            for i, p in zip(held, probs, strict=True):
                preds[i][kind] = float(p) if rows[i]["entity"] is not None else 0.0
    return preds


def tally(
    rows: list[dict[str, Any]],
    preds: list[dict[str, Any]],
    threshold: float,
    quiet_articles: bool,
    top_one: bool = False,
) -> dict[str, Any]:
    """Per set and kind: gold persons, found by the rules, added right by the fallback, added wrong.

    ``quiet_articles``: the fallback speaks only in an article where the rules read no claim of
    the kind about anyone (where they read one, they read the article's wording of it).
    """
    out: dict[str, dict[str, dict[str, int]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(int))
    )
    for kind in KINDS:
        spoken = {r["doc"] for r in rows if kind in r["rules"]} if quiet_articles else set()
        # With ``top_one``, only the article's likeliest unit may take the kind.
        best: dict[str, float] = defaultdict(float)
        for r, pred in zip(rows, preds, strict=True):
            if r["entity"] is not None and kind not in r["rules"]:
                best[r["doc"]] = max(best[r["doc"]], pred[kind])
        # Per gold person (an article's person may be several entities), as the scorer counts.
        people: dict[tuple[str, str, str], dict[str, bool]] = defaultdict(dict)
        for r, pred in zip(rows, preds, strict=True):
            fires = (
                r["entity"] is not None
                and kind not in r["rules"]
                and r["doc"] not in spoken
                and pred[kind] >= threshold
                and (not top_one or pred[kind] >= best[r["doc"]])
            )
            if r["person"] is None or not r["labels"][kind]:
                out[r["set"]][kind]["fires_wrong"] += int(fires)
                continue
            person = people[(r["set"], r["doc"], r["person"])]
            person["rule"] = person.get("rule", False) or kind in r["rules"]
            person["fire"] = person.get("fire", False) or fires
            if kind == "confession":
                person["rule_set"] = (
                    person.get("rule_set", False) or r["setting"] in r["rule_settings"]
                )
                right = fires and pred["setting"] == r["setting"]
                person["fire_set"] = person.get("fire_set", False) or right
        for (name, _, _), person in people.items():
            stats = out[name][kind]
            stats["gold"] += 1
            stats["rule"] += int(person["rule"])
            stats["on"] += int(person["rule"] or person["fire"])
            stats["fires_right"] += int(person["fire"] and not person["rule"])
            if kind == "confession":
                stats["rule_setting"] += int(person["rule_set"])
                stats["on_setting"] += int(person["rule_set"] or person["fire_set"])
    return {s: {k: dict(v) for k, v in kinds.items()} for s, kinds in out.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(OPEN_SETS))
    parser.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.9", help="comma-separated")
    parser.add_argument("--c", type=float, default=0.1, help="inverse regularisation")
    parser.add_argument(
        "--residual", action="store_true", help="train on the articles the rules are quiet in"
    )
    parser.add_argument(
        "--top-one", action="store_true", help="the fallback takes one unit per article and kind"
    )
    parser.add_argument("--keep", help="keep only the features with these prefixes (m:,s:,u:)")
    parser.add_argument(
        "--quiet-articles",
        action="store_true",
        help="fall back only where the rules read no claim of the kind in the article",
    )
    parser.add_argument(
        "--preds", type=Path, help="reuse the held-out predictions of an earlier --json"
    )
    parser.add_argument("--units", type=Path, help="read/write the units here (a cache)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--ledgers", type=Path, help="read ledger-SET.json here when present")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    if args.units and args.units.exists():
        rows = json.loads(args.units.read_text())
    else:
        nlp = load_bare(spacy_model())
        rows = []
        for name in args.sets.split(","):
            cached = args.ledgers / f"ledger-{name}.json" if args.ledgers else None
            if cached and cached.exists():
                ledger = json.loads(cached.read_text())
            else:
                ledger = ledger_of(OPEN_SETS[name])
            rows += build_units(name, OPEN_SETS[name], scorer, nlp, ledger)
            print(f"{name}: {len(rows)} units so far", file=sys.stderr)
        if args.units:
            args.units.write_text(json.dumps(rows))
    if args.keep:
        keep = tuple(args.keep.split(","))
        rows = [{**r, "features": [f for f in r["features"] if f.startswith(keep)]} for r in rows]
    rule_right = rule_wrong = 0
    for r in rows:
        for kind in KINDS:
            if kind in r["rules"]:
                right = r["person"] is not None and r["labels"][kind]
                rule_right += right
                rule_wrong += not right
    print(f"the rules' own precision on these kinds: {rule_right}/{rule_right + rule_wrong}")
    if args.preds:
        preds = json.loads(args.preds.read_text())["preds"]
    else:
        preds = held_out_predictions(rows, args.c, args.residual)
    for threshold in [float(t) for t in args.thresholds.split(",")]:
        print(f"threshold {threshold}")
        figures = tally(rows, preds, threshold, args.quiet_articles, args.top_one)
        report(figures)
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "preds": preds}))
    return 0


def report(figures: dict[str, Any]) -> None:
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    print(f"{'set':8} {'kind':10} gold rule  +right +wrong  recall off -> on   (setting off -> on)")
    for name in [s for s in OPEN_SETS if s in figures]:
        for kind in KINDS:
            f = figures[name].get(kind, {})
            gold = f.get("gold", 0)
            if not gold and not f.get("fires_wrong"):
                continue
            off = f.get("rule", 0) / gold if gold else 0.0
            on = f.get("on", 0) / gold if gold else 0.0
            line = (
                f"{name:8} {kind:10} {gold:4} {f.get('rule', 0):4}  {f.get('fires_right', 0):6} "
                f"{f.get('fires_wrong', 0):6}  {off:.3f} -> {on:.3f}"
            )
            if kind == "confession" and gold:
                setting_off = f.get("rule_setting", 0) / gold
                line += f"   ({setting_off:.3f} -> {f.get('on_setting', 0) / gold:.3f})"
            print(line)
            for key, value in f.items():
                totals[kind][key] += value
    for kind in KINDS:
        t = totals[kind]
        fired = t["fires_right"] + t["fires_wrong"]
        print(
            f"{'all':8} {kind:10} {t['gold']:4} {t['rule']:4}"
            f"  {t['fires_right']:6} {t['fires_wrong']:6}"
            f"  {t['rule'] / t['gold']:.3f} -> {t['on'] / t['gold']:.3f}"
            f"  fallback precision {t['fires_right'] / fired if fired else 0:.3f}"
        )


if __name__ == "__main__":
    sys.exit(main())
