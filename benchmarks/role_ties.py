"""People told by a role noun or rank, and whom the claim reader ties "the NOUN" to.

Over the open court sets (never a held-out one: refused), every definite role-noun phrase the
claim reader asks a party of (``Naming._name_at``) in a sentence that carries an accusation,
charge, arrest, ruling, confession, retraction or denial ("the inspector", "the accused clerk",
"the two constables") is listed with the person the article introduced with that noun, found
from the text by the shapes a reporter introduces someone with:

- ``title``: the noun written right before the name ("Sub-Inspector X", "driver X");
- ``apposed``: "the driver, X" or "X, 34, a clerk at the land office";
- ``named``: "a nurse named X", "a guard identified as X";
- ``works-as``: "X, who works as a clerk", "X, employed as a guard".

Each phrase is classed by its tie now: ``right`` (the one bearer), ``other`` (someone else while
one bearer exists), ``untied`` (one bearer, no tie), ``shared`` (two or more bearers), ``none``
(the article introduces no one with the noun); an untied one-bearer phrase gets a cause -
``rank-not-accused`` (a rank whose bearer was not yet read as accused: ``RankTold``'s rule),
``modified`` (the noun has its own modifier: "the head constable", "the accused clerk"),
``not-description`` (a noun the reader keeps for another part or for people at large),
``later`` (the bearer is introduced only after the phrase; ``later-part`` where the phrase
is one part of a co-ordination, a lede of parts) or ``other-shape``. With
``--misses DIR`` (the lead's miss lists, ``SET.txt``) a phrase ``touches`` a miss where its
bearer's name is in a missed line of that document.

Usage: role_ties.py [--misses DIR] [--show] [--cache] SET...   (short names: ``court_sets``)
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from court_sets import chosen_open_sets  # benchmarks/court_sets.py
from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims import find_claims
from corroborate.nlp.claims.described_groups import NOT_DESCRIPTIONS
from corroborate.nlp.claims.naming import Naming
from corroborate.nlp.claims.rank_told import RANKS
from corroborate.nlp.mentions.finder import find_mentions
from corroborate.nlp.pipeline import load_pipeline

__all__ = ["main"]

_COUNTS = frozenset({"both", "two", "three", "four", "five", "six"})
_KINDS = frozenset(
    {"accusation", "charge", "arrest", "ruling", "confession", "retraction", "denial"}
)
# The nouns of the court's and the other side's parts (not the investigator's ranks).
_COURT_PARTS = legal().role_nouns
_KIND_WORDS = re.compile(
    r"accus|charg|arrest|bail|remand|custody|jail|prison|sentenc|convict|acquit|discharg"
    r"|detain|releas|confess|admit|statement|retract|resil|withdr|den(?:y|ied)|innocen|framed",
    re.I,
)
_MISS = re.compile(r"^(?P<doc>[^:]+): (?P<name>[^:]+): (?P<what>.*)$")


def _asked(token: Token) -> str | None:
    """``singular`` or ``plural`` for a definite lower-case noun phrase, else None."""
    if token.pos_ not in ("NOUN", "PROPN") or not token.is_lower:
        return None
    marks = {c.lower_ for c in token.children if c.dep_ in ("det", "predet", "nummod")}
    if not marks and token.dep_ == "conj":
        marks = {c.lower_ for c in token.head.children if c.dep_ in ("det", "predet")}
    if "the" not in marks and not marks & {"both"}:
        return None
    return "plural" if token.tag_ == "NNS" else "singular"


def _coordinated(token: Token) -> bool:
    """Whether ``token`` is one part of a co-ordination of people ("the owner of a dairy and
    his manager": the parser may hang the "and" on the "of" object)."""
    if token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children):
        return True
    things = [o for p in token.children if p.lower_ == "of" for o in p.children]
    return any(c.dep_ == "conj" for o in things for c in o.children)


def _read(nlp: Any, text: str) -> list[dict[str, Any]]:
    """Every definite noun phrase the reader asked a party of in a claim's sentence."""
    asked: dict[int, dict[str, Any]] = {}
    original = Naming._name_at

    def logged(self: Naming, token: Token) -> Any:
        found = original(self, token)
        number = _asked(token)
        if number is not None:
            members = getattr(found, "members", None)
            tied = (
                [getattr(m, "name", str(m)) for m in members]
                if members
                else ([found.name] if found is not None else [])
            )
            phrase = " ".join(t.text for t in token.subtree)
            if any(n.split()[0] in phrase for n in tied):
                return found  # the name is in the phrase ("the driver, X"): no tie needed
            old = asked.get(token.i)
            if old is None or not old["tied"]:
                asked[token.i] = {
                    "number": number,
                    "noun": token.lemma_.lower(),
                    "modified": any(c.dep_ in ("compound", "amod") for c in token.children),
                    "coordinated": _coordinated(token),
                    "phrase": " ".join(t.text for t in token.subtree)[:60],
                    "sent_start": token.sent.start_char,
                    "idx": token.idx,
                    "sent": token.sent.text[:220],
                    "tied": tied,
                }
        return found

    Naming._name_at = logged  # type: ignore[method-assign,assignment]
    try:
        doc: Doc = nlp(text)
        mentions = find_mentions(doc)
        claims, _ = find_claims(doc, mentions)
    finally:
        Naming._name_at = original  # type: ignore[method-assign]
    # a sentence with a claim of those kinds, or with a word of them whose claim the untied
    # phrase may have cost ("the head constable is on physical remand": no party, no claim)
    told = {c.start for c in claims if c.kind in _KINDS}
    told |= {s.start_char for s in doc.sents if _KIND_WORDS.search(s.text)}
    people = sorted({m.name for m in mentions if m.type == "person"})
    found = [a for a in asked.values() if a["sent_start"] in told]
    return [{**a, "people": people} for a in found]


def _shapes(noun: str) -> dict[str, str]:
    """The regex shapes (with ``NAME`` to fill) a person is introduced with ``noun`` in."""
    n = rf"(?i:{re.escape(noun)})"
    det = r"(?:a|an|the|its|his|her|their|[\w-]+'s)\s+"
    return {
        "title": rf"\b{n}\s+NAME",
        "apposed": rf"\b{n},\s+NAME|NAME,(?:\s+\d+,)?\s+{det}(?:[\w-]+\s+){{0,3}}?{n}\b",
        "named": rf"\b{n}\s+(?:named|called|identified as)\s+NAME",
        "works-as": rf"NAME\b,?[^.]{{0,30}}?\b(?:works?|worked|working|employed|serves?|served"
        rf"|serving)\s+as\s+(?:a|an|the)?\s*(?:[\w-]+\s+){{0,2}}?{n}\b",
    }


def _bearers(text: str, noun: str, people: list[str]) -> dict[str, tuple[str, int]]:
    """The people ``text`` introduces with ``noun``: name -> (shape, first offset)."""
    found: dict[str, tuple[str, int]] = {}
    for person in people:
        if " " not in person:
            continue  # a lone word may be anyone's
        name = rf"\b{re.escape(person)}\b"
        for shape, pattern in _shapes(noun).items():
            m = re.search(pattern.replace("NAME", name), text)
            if m is not None and (person not in found or m.start() < found[person][1]):
                found[person] = (shape, m.start())
    return found


def _class(s: dict[str, Any], bearers: dict[str, tuple[str, int]]) -> tuple[str, str | None]:
    """The tie's class and, for an untied one-bearer phrase, its cause."""
    tied = set(s["tied"])
    if not bearers:
        return "none", None
    if _COURT_PARTS.get(s["noun"], "investigator") != "investigator":
        return "court-part", None  # "the judge", "the lawyer": never the accused told so
    if s["number"] == "plural":
        return ("plural-tied" if tied & set(bearers) else "plural-untied"), None
    if len(bearers) > 1:
        return ("shared-tied" if tied else "shared-untied"), None
    bearer = next(iter(bearers))
    if bearer in tied:
        return "right", None
    if tied:
        return "other", None
    if bearers[bearer][1] > s["idx"]:
        # a lede of parts ("sentenced the owner of a dairy and his manager") or one alone
        return "untied", "later-part" if s.get("coordinated") else "later"
    if s["noun"] in RANKS:
        return "untied", "rank-not-accused"
    if s["modified"]:
        return "untied", "modified"
    if s["noun"] in NOT_DESCRIPTIONS:
        return "untied", "not-description"
    return "untied", f"other-shape:{bearers[bearer][0]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--misses", type=Path)
    parser.add_argument("--show", action="store_true", help="print each untied or wrong tie")
    parser.add_argument("--cache", type=str, help="keep each set's reading in /tmp/role_ties.TAG")
    args = parser.parse_args()
    sets = chosen_open_sets(args.sets)
    nlp = load_pipeline()
    classes: Counter[str] = Counter()
    touching: Counter[str] = Counter()
    per_set: dict[str, Counter[str]] = defaultdict(Counter)
    for name in args.sets:
        missed: dict[str, list[str]] = defaultdict(list)
        if args.misses is not None and (args.misses / f"{name}.txt").exists():
            for line in (args.misses / f"{name}.txt").read_text().splitlines()[1:]:
                m = _MISS.match(line)
                if m is not None:
                    missed[m["doc"]].append(m["name"])
        cache = Path(f"/tmp/role_ties.{args.cache}.{name}.json") if args.cache else None
        read: dict[str, list[dict[str, Any]]] = (
            json.loads(cache.read_text()) if cache is not None and cache.exists() else {}
        )
        for line in Path(sets[name]).read_text().splitlines():
            article = json.loads(line)
            if article["id"] not in read:
                read[article["id"]] = _read(nlp, article["text"])
            for s in read[article["id"]]:
                flat = s["phrase"].replace(" ", "")
                if any(p.replace(" ", "") in flat for p in s["people"]):
                    continue  # "The munshi, X, ...": the name is in the phrase, no tie needed
                bearers = _bearers(article["text"], s["noun"], s["people"])
                if any(b in s["sent"] for b in bearers):
                    continue  # "X, the tanker driver, ...": the bearer is named here
                kind, cause = _class(s, bearers)
                if kind == "none":
                    continue
                key = f"{kind}:{cause}" if cause else kind
                per_set[name][key] += 1
                classes[key] += 1
                words = {w for b in bearers for w in b.split() if len(w) > 2}
                touches = any(
                    words & set(person.split()) for person in missed.get(article["id"], [])
                )
                if touches:
                    touching[key] += 1
                if args.show and kind not in ("right", "plural-tied"):
                    print(f"  {name} {article['id']}: [{key}]{' MISS' if touches else ''} "
                          f"'{s['phrase']}' -> {s['tied']} bearers {sorted(bearers)} in: "
                          f"{s['sent'][:150]}")  # fmt: skip
        if cache is not None:
            cache.write_text(json.dumps(read))
        print(name, dict(per_set[name]), flush=True)
    print("classes:", dict(classes.most_common()))
    print("touching a miss:", dict(touching.most_common()))


if __name__ == "__main__":
    main()
