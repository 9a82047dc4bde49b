"""Descriptions, titles and counted groups in a party's place, and whom the reader ties them to.

Over the open court sets (never a held-out one), every word the claim reader asks a party of
(``Naming._name_at``) that is a definite description ("the patwari", "the owner"), a counted
group ("the two", "both", "the three accused") or a plural of people ("the two young men") is
listed with the name it was tied to, or none. With ``--misses DIR`` (the lead's miss lists,
``SET.txt``), the untied ones in a document whose ruling, confession, retraction or denial of
a person was missed are counted by the cause a right tie would have to read:

- ``title-before``: the noun written right before one of the person's names ("Patwari X");
- ``apposed``: the noun apposed to the name ("X, the shop's manager"; "the manager, X");
- ``works-as``: "X, who works as a manager", "X, employed as a clerk";
- ``relation``: a verb of the noun's thing ("X owns the shop" ... "the owner");
- ``count``: a count or a plural of people ("the two", "both", "the three accused");
- ``other``: the noun near the name in no shape above (read the lines).

Usage: description_ties.py [--misses DIR] [--show] SET...   (short names: ``court_sets``)
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from court_sets import chosen_open_sets  # benchmarks/court_sets.py
from spacy.tokens import Token

from corroborate.nlp.claims import find_claims
from corroborate.nlp.claims.naming import Naming
from corroborate.nlp.mentions.finder import find_mentions
from corroborate.nlp.pipeline import load_pipeline

_COUNT_WORDS = frozenset({"both", "two", "three", "four", "five", "six", "pair", "duo", "trio"})
_MISS = re.compile(r"^(?P<doc>[^:]+): (?P<name>[^:]+): (?P<what>.*)$")


def _asked(token: Token) -> str | None:
    """The kind of phrase ``token`` heads, if one this measure lists."""
    marks = {c.lower_ for c in token.children if c.dep_ in ("det", "predet", "nummod")}
    if token.lower_ in _COUNT_WORDS or marks & _COUNT_WORDS:
        return "count"
    if token.pos_ in ("NOUN", "PROPN") and token.is_lower and "the" in marks:
        return None if token.tag_ == "NNS" else "description"
    return None


def _read(nlp: Any, text: str) -> list[dict[str, Any]]:
    """Every listed phrase the reader asked a party of in ``text``, with its tie."""
    seen: list[dict[str, Any]] = []
    original = Naming._name_at

    def logged(self: Naming, token: Token) -> Any:
        found = original(self, token)
        kind = _asked(token)
        # a clause's own party, where a ruling, confession or denial is told of it
        party = token.dep_ in ("nsubj", "nsubjpass", "dobj") or (
            token.dep_ == "pobj" and token.head.lower_ in ("against", "for", "to", "on")
        )
        if kind is not None and party and token.i not in self.by_token:
            phrase = " ".join(t.text for t in token.subtree)[:60]
            members = getattr(found, "members", None)
            tied = (members and [getattr(m, "name", m) for m in members]) or (
                found.name if found else None
            )
            seen.append({"kind": kind, "noun": token.lemma_.lower(), "phrase": phrase,
                         "sent": token.sent.text[:200], "tied": tied})  # fmt: skip
        return found

    Naming._name_at = logged  # type: ignore[method-assign,assignment]
    try:
        doc = nlp(text)
        find_claims(doc, find_mentions(doc))
    finally:
        Naming._name_at = original  # type: ignore[method-assign]
    unique = {(s["phrase"], s["sent"]): s for s in seen}
    return list(unique.values())


def _cause(text: str, noun: str, name: str, kind: str) -> str | None:
    """How ``text`` gives ``name`` the noun ``noun`` right beside one of its words, if it does."""
    if kind == "count":
        return "count"
    words = [re.escape(w) for w in name.split() if len(w) > 2]
    stem = re.escape(noun[:-1] if noun.endswith("e") else noun)
    noun_ = rf"\b(?i:{stem})\w*"
    name_ = rf"(?:[A-Z][\w'-]+\s+)*(?:{'|'.join(words)})\b"
    if re.search(rf"{noun_}\s+{name_}", text):
        return "title-before"  # "Patwari X", "booking munshi X"
    if re.search(rf"{noun_},\s+{name_}", text):
        return "apposed"  # "the manager, X"
    any_of = "|".join(words)
    det = r"(?:a|an|the|its|[\w-]+'s)?\s*"
    after = rf"\b(?:{any_of}),(?:\s+\d+,)?\s+{det}(?:[\w-]+\s+){{0,2}}?{noun_}"
    if re.search(after, text):
        return "apposed"  # "X, 45, the shop's manager"
    works = r"(?:works?|worked|is employed|serves?|served) as (?:a|an|the)\s*"
    if re.search(rf"\b(?:{any_of})\b,? (?:who|which) {works}(?:[\w-]+\s+){{0,2}}?{noun_}", text):
        return "works-as"
    thing = re.escape(noun[:-2])
    if noun.endswith("er") and re.search(rf"\b(?:{any_of})\b[^.]{{0,40}}\b(?i:{thing})s?\b", text):
        return "relation"  # "X owns the shop" ... "the owner"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--misses", type=Path)
    parser.add_argument("--show", action="store_true", help="print each listed phrase")
    parser.add_argument("--cache", action="store_true", help="keep each set's reading in /tmp")
    args = parser.parse_args()
    sets = chosen_open_sets(args.sets)
    nlp = load_pipeline()
    totals: Counter[str] = Counter()
    causes: dict[str, Counter[str]] = defaultdict(Counter)
    for name in args.sets:
        missed: dict[str, list[tuple[str, str]]] = defaultdict(list)
        if args.misses is not None and (args.misses / f"{name}.txt").exists():
            for line in (args.misses / f"{name}.txt").read_text().splitlines()[1:]:
                m = _MISS.match(line)
                if m and ("outcome" in m["what"] or "confession" in m["what"]
                          or "missed" in m["what"]) and "not found" not in m["what"]:  # fmt: skip
                    missed[m["doc"]].append((m["name"], m["what"]))
        cache = Path(f"/tmp/description_ties.{name}.json") if args.cache else None
        read: dict[str, list[dict[str, Any]]] = (
            json.loads(cache.read_text()) if cache is not None and cache.exists() else {}
        )
        for line in Path(sets[name]).read_text().splitlines():
            article = json.loads(line)
            if article["id"] not in read:
                read[article["id"]] = _read(nlp, article["text"])
            listed = read[article["id"]]
            for s in listed:
                totals[f"{s['kind']} {'tied' if s['tied'] else 'untied'}"] += 1
                if args.show:
                    print(f"{name} {article['id']}: {s['kind']} '{s['phrase']}' -> {s['tied']}")
            for person, what in missed.get(article["id"], []):
                for s in (s for s in listed if not s["tied"] or s["kind"] != "description"):
                    if person in s["sent"]:
                        continue  # the name is in the sentence: no tie is needed
                    cause = _cause(article["text"], s["noun"], person, s["kind"])
                    if cause is not None:
                        causes[name][cause] += 1
                        print(f"  {name} {article['id']}: {person}: {what} <- [{cause}] "
                              f"'{s['phrase']}' ({s['tied']}) in: {s['sent'][:140]}")  # fmt: skip
        if cache is not None:
            cache.write_text(json.dumps(read))
        print(name, dict(causes[name]), flush=True)
    print("listed:", dict(totals))
    print("causes:", dict(sum(causes.values(), Counter())))


if __name__ == "__main__":
    main()
