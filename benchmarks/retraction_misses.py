"""Why a gold retraction is missed: each "retraction missed" line of the open sets' miss lists,
put down to a first cause from the article's stored claims and the set's ledger.

    python benchmarks/retraction_misses.py MISSDIR [--sets dev lf13 ...] [--show]

MISSDIR holds ``SET.txt`` (the scorer's details and the missed retractions, as
``miss_lists.py`` writes them) and ``SET.ledger.json`` (the ledger made from the set) for
each open set. Classes, the first that holds:
- ``accused``: the accused is not found at all (an accusation miss first);
- ``a-owner``: the article's claims hold a retraction no gold retractor of the article owns
  (tied to another person or to no one: a pronoun, "his lawyer", a description);
- ``b-ledger``: a retraction claim names the person but the ledger has no retraction event
  of theirs in this article (no confession to attach to, another allegation, a guard);
- ``c-<shape>``: no retraction read, and the person's confession (gold) is not in the
  ledger for this article either (a confession miss first), by the shapes below;
- ``d-<shape>``: told in a way no reader reads, by the shape of the article's sentences that
  name the person's statement being taken back (``hung`` - a statement hung on the person
  by "attributed to" or "police say he made", ``signed``, ``coerced``, ``plea`` - a plea of
  not guilty, ``withdrew`` - a verb of taking back, ``other``);
- ``e-other``: none of these.

Apart from the classes, ``on-record`` counts the misses (of a found accused) whose case has a
retraction of theirs in the ledger from an earlier report: what a later report may tell only
through the accused's denial (``ledger.standing_retraction``).

Held-out sets (``court_sets.open_sets``) are refused: ``--show`` prints article text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from court import load_scorer
from court_sets import chosen_open_sets

from corroborate.nlp.claims import find_claims
from corroborate.nlp.mentions import find_mentions
from corroborate.nlp.pipeline import load_pipeline

__all__ = ["classify", "main"]

_MISS = re.compile(r"^(?P<id>[^:]+): (?P<person>[^:]+): retraction missed(?P<rest>.*)$")
_SHAPES = (
    # a statement the report only hangs on the person ("the statement police attributed to
    # his client", "the admission police claimed he made", "the statement he gave to police"),
    # of which his side may tell how it came to be (``claims.told_as_theirs``)
    (
        "hung",
        re.compile(
            r"\b(attributed to|ascribed to|(police|officers?|investigators?|the \w+) "
            r"(say|says|said|claim\w*) (he|she|his client) (had )?(made|gave)|(he|she) gave to "
            r"(the )?police)\b",
            re.I,
        ),
    ),
    # the verb and its forms only: "signalling", "signature" or "significant" tell no signing
    (
        "signed",
        re.compile(r"\b(sign(s|ed|ing)?|thumb\w*|blank paper|could not read|not read)\b", re.I),
    ),
    (
        "coerced",
        re.compile(
            r"\b(forc\w+|coerc\w+|tortur\w+|pressure|beat\w*|extract\w*|threat\w*|involuntar\w*|duress)\b",
            re.I,
        ),
    ),
    ("plea", re.compile(r"\bnot guilty\b", re.I)),
    (
        "withdrew",
        re.compile(
            r"\b(withdr\w+|retract\w*|resil\w+|disown\w*|recant\w*|repudiat\w*|t[ao]\w+ back)\b",
            re.I,
        ),
    ),
)


def _misses(path: Path) -> list[tuple[str, str, bool]]:
    """(article id, person, accused found) for each missed retraction."""
    out = []
    for line in path.read_text().splitlines()[1:]:
        m = _MISS.match(line)
        if m:
            out.append((m["id"], m["person"], "accused not found" not in m["rest"]))
    return out


def _events(ledger: dict[str, Any], sc: Any, aid: str, gnames: set[str]) -> list[dict[str, Any]]:
    names = {
        e["id"]: {sc.norm(e["name"])} | {sc.norm(a) for a in e.get("aliases", [])}
        for e in ledger["entities"]
    }
    out = []
    for allegation in ledger["allegations"]:
        ents = [x for x in allegation["accused"] if sc.same(gnames, names.get(x, set()))]
        if ents:
            out += [e for e in allegation["events"] if e.get("document_id") == aid]
    return out


def _order(article: dict[str, Any]) -> tuple[str, str]:
    return (article.get("published") or "", article["id"])


def _on_record(
    ledger: dict[str, Any],
    sc: Any,
    articles: dict[str, dict[str, Any]],
    article: dict[str, Any],
    gnames: set[str],
) -> bool:
    """Whether an earlier report of the article's case has a retraction of the person's."""
    case = article.get("case") or article["id"]
    return any(
        e.get("kind") == "retraction"
        for other in articles.values()
        if (other.get("case") or other["id"]) == case and _order(other) < _order(article)
        for e in _events(ledger, sc, other["id"], gnames)
    )


def classify(
    sc: Any,
    claims: list[Any],
    text: str,
    gold: dict[str, Any],
    person: dict[str, Any],
    events: list[dict[str, Any]],
) -> tuple[str, list[str]]:
    """The class of one missed retraction and the sentences that tell it."""
    gnames = sc.gold_names(person)
    retractors = [sc.gold_names(p) for p in gold["accused"] if p.get("retracted")]
    retractions = [c for c in claims if c.kind == "retraction"]
    own = [
        c for c in retractions if any(sc.same(gnames, {sc.norm(p.name)}) for p in c.participants)
    ]
    orphan = [
        c
        for c in retractions
        if not any(sc.same(g, {sc.norm(p.name)}) for p in c.participants for g in retractors)
    ]
    said = [text[c.start : c.end] for c in own or orphan]
    if own:
        return "b-ledger", said
    if orphan:
        return "a-owner", said
    confessed = any(e.get("kind") == "confession" for e in events)
    first = "c" if person.get("confessed") and not confessed else "d"
    last = re.escape(person["name"].split()[-1])
    sents = re.split(r"(?<=[.!?\"])\s+", text)
    near = [s for s in sents if re.search(r"\b(statement|confess\w*|admi\w+|interview)\b", s, re.I)]
    for shape, rx in _SHAPES:
        hits = [s for s in near if rx.search(s)]
        if hits:
            named = [s for s in hits if re.search(last, s)] or hits
            return f"{first}-{shape}", named[:3]
    return (f"{first}-other" if near else "e-other"), near[:3]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("missdir", type=Path)
    parser.add_argument("--sets", nargs="*")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    sets = chosen_open_sets(args.sets)
    names = list(sets)
    sc = load_scorer()
    nlp = load_pipeline()
    total: Counter[str] = Counter()
    for name in names:
        miss_path = args.missdir / f"{name}.txt"
        misses = _misses(miss_path) if miss_path.exists() else []
        if not misses:
            continue
        ledger = json.loads((args.missdir / f"{name}.ledger.json").read_text())
        counts: Counter[str] = Counter()
        articles = {}
        for line in sets[name].read_text().splitlines():
            article = json.loads(line)
            articles[article["id"]] = article
        parsed: dict[str, list[Any]] = {}
        for aid, who, found in misses:
            article = articles[aid]
            person = next(p for p in article["gold"]["accused"] if p["name"] == who)
            said: list[str] = []
            if not found:
                cls = "accused"
            else:
                if aid not in parsed:
                    doc = nlp(article["text"])
                    parsed[aid] = find_claims(doc, find_mentions(doc))[0]
                events = _events(ledger, sc, aid, sc.gold_names(person))
                cls, said = classify(
                    sc, parsed[aid], article["text"], article["gold"], person, events
                )
                if _on_record(ledger, sc, articles, article, sc.gold_names(person)):
                    counts["on-record"] += 1
            counts[cls] += 1
            if args.show:
                print(f"{name}\t{aid}\t{who}\t{cls}")
                for s in said:
                    print(f"    | {s.strip()[:400]}")
        total.update(counts)
        print(name, dict(sorted(counts.items())), flush=True)
    print("all", dict(sorted(total.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
