"""Gold names the mention stage reads, cuts, joins or misses: the recall of the names themselves.

    python benchmarks/name_mentions.py dev lf9 cl ...   [--misses] [--all-open]

For every gold name of an article (accused and not accused: ``name`` and its ``also`` /
``aliases`` forms) written in the article's text, reads the article as the per-document
stage does (``extract``'s chunks, ``find_mentions`` and the names the claim reader adds) and
sorts the name into

- ``found``: a person, organisation or group mention covers a written form exactly (titles
  and a possessive left out) or names it;
- ``place``: a mention covers it exactly but is typed a place;
- ``cut``: only mentions inside a written form (a part of the name);
- ``joined``: a mention runs over a written form into other words;
- ``missing``: no mention touches any written form.

Names not written in the text in any of their forms are counted apart (``unwritten``).
Prints per set and per region the counts and the recall (found / written); ``--misses`` adds
each miss with its sentence and the mentions over it. Blind sets (``h31`` on) are refused:
this tool prints article text.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from court_sets import chosen_open_sets, open_sets

from corroborate.extract import chunk_offsets, chunk_texts
from corroborate.nlp.claims import find_claims
from corroborate.nlp.mentions import find_mentions
from corroborate.nlp.pipeline import COMPONENT, load_pipeline
from corroborate.records import Mention

__all__ = ["classify", "main", "measure", "mentions_of", "written_forms"]

KINDS = ("found", "place", "cut", "joined", "missing")
_TITLE = re.compile(r"^(?:mr|mrs|ms|dr|the)\.?\s+", re.I)


def _norm(text: str) -> str:
    text = re.sub(r"['’]s$", "", text.strip())
    return " ".join(_TITLE.sub("", text).lower().split())


def mentions_of(nlp: Any, text: str) -> list[Mention]:
    """The article's mentions as the per-document stage stores them (offsets in ``text``)."""
    offsets = chunk_offsets(text)
    out: list[Mention] = []
    for offset, doc in zip(offsets, nlp.pipe(chunk_texts(text, offsets)), strict=True):
        found = find_mentions(doc)
        _claims, missed = find_claims(doc, found)
        retyped = {(m.start, m.end) for m in missed}
        kept = [m for m in found if (m.start, m.end) not in retyped]
        for m in [*kept, *missed]:
            out.append(Mention(m.start + offset, m.end + offset, m.text, m.type, m.name, m.label))
    return out


def written_forms(person: dict[str, Any]) -> list[str]:
    """A gold name's written forms, each once: ``name``, ``also``, ``aliases``."""
    forms = [person["name"], *person.get("also", []), *person.get("aliases", [])]
    return [f for f in dict.fromkeys(forms) if f and f.strip()]


def classify(text: str, person: dict[str, Any], mentions: list[Mention]) -> tuple[str, list]:
    """The best reading of one gold name over all its written forms, and the spans it rests on."""
    forms = written_forms(person)
    normed = {_norm(f) for f in forms}
    best, where = "unwritten", []
    rank = {k: i for i, k in enumerate(("unwritten", "missing", "joined", "cut", "place", "found"))}
    for form in forms:
        for match in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            s, e = match.span()
            over = [m for m in mentions if m.start < e and m.end > s]
            kind = "missing"
            for m in over:
                named = _norm(m.name) in normed or _norm(m.text) in normed
                exact = m.start >= s - 4 and m.end <= e + 2 and m.end - m.start >= (e - s) - 1
                if named or (exact and m.start <= s + 4):
                    here = "place" if m.type == "place" else "found"
                elif m.start >= s and m.end <= e:
                    here = "cut"
                else:
                    here = "joined"
                if rank[here] > rank[kind]:
                    kind = here
            if rank[kind] > rank[best]:
                best, where = kind, [(s, e, [(m.text, m.type, m.label) for m in over])]
            if best == "found":
                return best, where
    return best, where


def _sentence(text: str, s: int, e: int) -> str:
    left = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    ends = [i for i in (text.find(". ", e), text.find("\n", e)) if i >= 0]
    right = min(ends) + 1 if ends else len(text)
    return " ".join(text[left:right].split())


def measure(nlp: Any, gold: Path, misses: bool) -> dict[str, Counter[str]]:
    by: dict[str, Counter[str]] = defaultdict(Counter)
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        art = json.loads(line)
        text = art["text"]
        mentions = mentions_of(nlp, text)
        region = art.get("region", "-")
        people = [("accused", p) for p in art["gold"]["accused"]]
        people += [(p.get("role", "not"), p) for p in art["gold"]["not_accused"]]
        for role, person in people:
            kind, where = classify(text, person, mentions)
            for key in ("all", region, "accused" if role == "accused" else "not_accused"):
                by[key][kind] += 1
            if misses and kind not in ("found", "unwritten"):
                s, e, over = where[0]
                print(f"  {kind:8} {role:9} {person['name']!r} in {art['id']}: {over}")
                print(f"           | {_sentence(text, s, e)[:300]}")
    return by


def _line(name: str, counts: Counter[str]) -> str:
    written = sum(counts[k] for k in KINDS)
    recall = counts["found"] / written if written else 0.0
    parts = " ".join(f"{k}={counts[k]}" for k in KINDS)
    rest = f"{parts} unwritten={counts['unwritten']}"
    return f"{name:14} recall={recall:.3f} written={written} {rest}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--misses", action="store_true", help="print each miss and its sentence")
    parser.add_argument("--all-open", action="store_true", help="every open set")
    args = parser.parse_args(argv)
    names = list(open_sets()) if args.all_open else args.sets
    # a blind or unknown name stops the tool before anything is read (``chosen_open_sets``)
    sets = chosen_open_sets(names) if names else {}
    nlp = load_pipeline()
    total: Counter[str] = Counter()
    with nlp.select_pipes(disable=[COMPONENT]):
        for name in names:
            print(f"== {name}", flush=True)
            by = measure(nlp, sets[name], args.misses)
            total += by["all"]
            for key in sorted(by):
                print("  " + _line(key, by[key]), flush=True)
    print(_line("TOTAL", total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
