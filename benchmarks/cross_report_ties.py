"""Misses whose person another report of the same case names: the ties across reports, counted.

    python benchmarks/cross_report_ties.py MISSES [--show] [SET ...]

``MISSES`` is a folder of miss lists (``miss_lists.py``: ``SET.txt``). For every missed step
of a gold accused (a wrong outcome, a missed confession, retraction or denial, an accused not
found) in report B, the gold's texts are read to say how B writes the person and whether
another report of the same gold case (``case``) names him. Every open gold accused is written
in his own report by one of his gold forms (the name or an ``also``), so the first classes
are of a report that names him and still tells the missed step by other words:

- ``description-elsewhere``: B tells a step (a rough cue word) in a sentence writing none of
  his forms by "the NOUN", a noun of a person (the lexicon's test, ``persons_noun``) that
  another report writes beside his name ("the driver, X", "X, the driver", "Driver X") and
  B never does - a description whose bearer only another report names;
- ``part-only``: B writes a short or variant form only, the full name only another report;
- ``named``: neither - no tie across reports would be needed;
- where B writes none of his forms: ``group`` (B writes "the two", "both", "the brothers"),
  ``unnamed-other``, or ``nowhere`` (no report of the case writes a form).

Counted by class, with the sets and the cases each class spans. The classes are this tool's
rough reading of the text, for counting only: read the ``--show`` lines before trusting a
count. Held-out sets are refused (``chosen_open_sets``).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from court_sets import chosen_open_sets  # benchmarks/court_sets.py

from corroborate.nlp.mentions.persons_places import a_persons_word

__all__ = ["classify", "main", "persons_noun"]

_MISS = re.compile(r"^(?P<doc>[^:]+): (?P<name>[^:]+): (?P<what>.*)$")
_GROUP = re.compile(
    r"\b(?:[Tt]he (?:two|three|four|five|six|pair|duo|trio|brothers|sisters|couple|men|women)"
    r"|[Bb]oth)\b"
)
# a step of any kind the miss lists name, roughly: for counting only
_CUE = re.compile(
    r"convict|acquit|bail|remand|sentenc|jail|custody|releas|discharg|overturn|confess|admi"
    r"|statement|retract|coerc|tortur|never made|den(?:y|ied)|innocent|not guilty|false",
    re.I,
)
_NOUN = r"([a-z][a-z-]{2,})"


def persons_noun(noun: str) -> bool:
    """A noun the lexicon knows for a person, or one with a trade's ending ("driver",
    "storekeeper"), never one of a body, a firm or a place - the test the mention stage gives
    a description apposed to a name, here over a word (``persons_places.a_persons_word``)."""
    return a_persons_word(noun)


def _forms(person: dict[str, Any]) -> list[str]:
    return [person["name"], *person.get("also", [])]


def _nouns_beside(text: str, name: str) -> set[str]:
    """Nouns a report writes right beside ``name``: "the NOUN, NAME", "NAME, the NOUN"."""
    n = re.escape(name)
    found = set(re.findall(rf"\b(?:[Tt]he|[Aa]n?) (?:[a-z-]+ )?{_NOUN}, {n}\b", text))
    found |= set(re.findall(rf"\b{n}, (?:\d+, )?(?:the|a|an) (?:[a-z-]+ )?{_NOUN}\b", text))
    found |= {w.lower() for w in re.findall(rf"\b([A-Za-z][a-z]{{3,}}) {n}\b", text)}
    return found


def classify(text: str, person: dict[str, Any], others: list[str]) -> tuple[str, str]:
    """The class of a miss of ``person`` in a report ``text``, with the words that showed it."""
    forms = _forms(person)
    written = [f for f in forms if re.search(rf"\b{re.escape(f)}\b", text)]
    named_in = [t for t in others if any(re.search(rf"\b{re.escape(f)}\b", t) for f in forms)]
    if not written:
        words = {w for f in forms for w in f.split() if len(w) > 2 and w[0].isupper()}
        if not named_in:
            return "nowhere", ""
        if any(re.search(rf"\b{re.escape(w)}\b", text) for w in words):
            return "part-only", ""
        return ("group", "") if _GROUP.search(text) else ("unnamed-other", "")
    here = {noun for f in written for noun in _nouns_beside(text, f)}
    there = {noun for t in named_in for f in forms for noun in _nouns_beside(t, f)} - here
    there = {noun for noun in there if persons_noun(noun)}
    sentences = [s for s in re.split(r"(?<=[.!?\"])\s+", text) if not any(f in s for f in forms)]
    steps = [s for s in sentences if _CUE.search(s)]
    told = {n: s for n in sorted(there) for s in steps if re.search(rf"\bthe {n}\b", s, re.I)}
    if told:
        where = next(iter(told.values()))
        return "description-elsewhere", f"{' '.join(told)}: {where[:200]}"
    if person["name"] not in written and any(person["name"] in t for t in named_in):
        return "part-only", " ".join(written)
    return "named", ""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("misses", type=Path)
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--show", action="store_true", help="print every cross-report miss")
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    spans: dict[str, set[str]] = defaultdict(set)
    cases: dict[str, set[str]] = defaultdict(set)
    for name, path in chosen_open_sets(args.sets or None).items():
        listed = args.misses / f"{name}.txt"
        if not listed.exists():
            continue
        articles = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        by_id = {a["id"]: a for a in articles}
        for line in listed.read_text().splitlines()[1:]:
            m = _MISS.match(line)
            if not m or m["doc"] not in by_id:
                continue
            article = by_id[m["doc"]]
            gold = article.get("gold", {}).get("accused", [])
            person = next((p for p in gold if p["name"] == m["name"]), None)
            if person is None:
                continue
            case = article.get("case") or article["id"]
            others = [a["text"] for a in articles if a.get("case") == case and a is not article]
            kind, shown = classify(article["text"], person, others)
            counts[kind] += 1
            spans[kind].add(name)
            cases[kind].add(f"{name}/{case}")
            if args.show and kind not in ("named", "nowhere"):
                print(f"{name} {m['doc']}: {m['name']}: {m['what']} <- [{kind}] {shown}")
    for kind, n in counts.most_common():
        print(f"{kind}: {n} misses, {len(spans[kind])} sets, {len(cases[kind])} cases")


if __name__ == "__main__":
    main()
