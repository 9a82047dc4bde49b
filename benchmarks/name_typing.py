"""What the parser's NER calls each gold name: PERSON, another label, or nothing.

    python benchmarks/name_typing.py dev lf9 cl ...   [--all-open] [--names]

The per-document stage reads one spaCy parse of each chunk (``extract``'s chunks); its entity
spans are the first word on who is a person. For every gold name of an open set's article
(accused and not accused, every written form: ``name``, ``also``, ``aliases``), each written
occurrence is given the label of the entity spans over it:

- ``PERSON``: a PERSON span covers the occurrence (it may run over or stop inside it);
- ``ORG``, ``GPE``, ``NORP``, ...: no PERSON span, and another label's span overlaps it;
- ``none``: no entity span touches it.

A name is then ``always`` (every occurrence PERSON), ``sometimes`` (some), or ``never`` with
the labels its occurrences got (``never:ORG``, ``never:none``, ``never:GPE+ORG``...). Prints per
set, per region and per role (accused / not accused) the counts; ``--names`` lists each name
typed ``never`` or ``sometimes`` with its labels. Blind sets (``h31`` on) are refused: this tool
reads article text.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from court_sets import chosen_open_sets
from name_mentions import written_forms

from corroborate.extract import chunk_offsets, chunk_texts
from corroborate.nlp.pipeline import COMPONENT, load_pipeline

__all__ = ["EntitySpan", "entity_spans", "label_of", "name_typing", "occurrence_labels"]

EntitySpan = tuple[int, int, str]


def entity_spans(nlp: Any, text: str) -> list[EntitySpan]:
    """The NER spans of ``text`` as the per-document stage parses it (offsets in ``text``)."""
    offsets = chunk_offsets(text)
    spans: list[EntitySpan] = []
    for offset, doc in zip(offsets, nlp.pipe(chunk_texts(text, offsets)), strict=True):
        spans += [(e.start_char + offset, e.end_char + offset, e.label_) for e in doc.ents]
    return spans


def label_of(start: int, end: int, spans: Iterable[EntitySpan]) -> str:
    """PERSON when a PERSON span touches ``start:end``; else the other labels over it; else none."""
    over = sorted({label for s, e, label in spans if s < end and e > start})
    if "PERSON" in over:
        return "PERSON"
    return "+".join(over) or "none"


def occurrence_labels(text: str, person: dict[str, Any], spans: list[EntitySpan]) -> list[str]:
    """The label of every written occurrence of every form of one gold name."""
    labels = []
    for form in written_forms(person):
        for match in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            labels.append(label_of(*match.span(), spans))
    return labels


def name_typing(labels: list[str]) -> str:
    """One name's typing over its occurrences: always, sometimes, never:<labels>, unwritten."""
    if not labels:
        return "unwritten"
    persons = labels.count("PERSON")
    if persons == len(labels):
        return "always"
    if persons:
        return "sometimes"
    return "never:" + "+".join(sorted(set(labels)))


def measure(nlp: Any, gold: Path, show: bool) -> dict[str, Counter[str]]:
    by: dict[str, Counter[str]] = defaultdict(Counter)
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        art = json.loads(line)
        spans = entity_spans(nlp, art["text"])
        region = art.get("region", "-")
        people = [("accused", p) for p in art["gold"]["accused"]]
        people += [("not_accused", p) for p in art["gold"]["not_accused"]]
        for role, person in people:
            labels = occurrence_labels(art["text"], person, spans)
            kind = name_typing(labels)
            for key in (f"{role}", f"{role} {region}"):
                by[key][kind] += 1
            if show and kind not in ("always", "unwritten"):
                print(f"  {kind:18} {role:11} {region:10} {person['name']!r} {Counter(labels)}")
    return by


def _line(name: str, counts: Counter[str]) -> str:
    written = sum(n for k, n in counts.items() if k != "unwritten")
    never = sum(n for k, n in counts.items() if k.startswith("never"))
    labels = " ".join(f"{k}={n}" for k, n in sorted(counts.items()) if k.startswith("never"))
    return (
        f"{name:24} written={written} always={counts['always']} "
        f"sometimes={counts['sometimes']} never={never} ({labels})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--names", action="store_true", help="list each name not always PERSON")
    parser.add_argument("--all-open", action="store_true", help="every open set")
    args = parser.parse_args(argv)
    sets = chosen_open_sets(None if args.all_open else args.sets)
    nlp = load_pipeline()
    total: dict[str, Counter[str]] = defaultdict(Counter)
    with nlp.select_pipes(disable=[COMPONENT]):
        for name, path in sets.items():
            print(f"== {name}", flush=True)
            by = measure(nlp, path, args.names)
            for key in sorted(by):
                total[key] += by[key]
                print("  " + _line(key, by[key]), flush=True)
    print("== TOTAL")
    for key in sorted(total):
        print("  " + _line(key, total[key]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
