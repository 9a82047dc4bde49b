"""How the parser tags and hangs a lower-case word written right before a person's name.

    python benchmarks/title_labels.py dev lf9 ...   [--all-open] [--show]

The reader takes "driver X" as X introduced by a description (``DescribedPeople``): the noun
right before the name, titling it. The small parser hangs such a noun on the name as a
``compound`` nearly always, but a word it knows less it may hang as ``nmod`` ("embryologist
X Y") or tag an adjective or a verb and hang as ``amod`` ("anaesthetist X"). For every PERSON
entity span of an open set's article (one spaCy parse of each chunk, as the per-document
stage), the lower-case word right before it whose head lies inside the span is counted by
its tag ("noun": a singular common noun, NN; else the tag) and label, apart for the
lexicon's nouns of the case's other parts (judge, lawyer, victim: ``legal().role_nouns``).
``--show`` prints each one that is not a "noun compound". Blind sets (``h31`` on) are refused:
this tool reads article text.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from court_sets import chosen_open_sets

from corroborate.extract import chunk_offsets, chunk_texts
from corroborate.lexicon.legal import legal
from corroborate.nlp.pipeline import COMPONENT, load_pipeline

__all__ = ["title_label"]


def title_label(span: Any) -> tuple[str, str] | None:
    """The tag and label ("noun compound", "noun nmod", "JJ amod") and the word of the
    lower-case word right before the PERSON span ``span`` that hangs on a word of it, or None
    where there is none ("the court told X": no title); "noun" is a singular common noun."""
    if span.start == 0:
        return None
    word = span.doc[span.start - 1]
    if not word.is_lower or not word.is_alpha or not span.start <= word.head.i < span.end:
        return None
    tagged = "noun" if word.tag_ == "NN" else word.tag_
    return f"{tagged} {word.dep_}", word.lower_


def measure(nlp: Any, gold: Path, show: bool) -> Counter[str]:
    counts: Counter[str] = Counter()
    roles = legal().role_nouns
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        text = json.loads(line)["text"]
        offsets = chunk_offsets(text)
        for doc in nlp.pipe(chunk_texts(text, offsets)):
            for ent in (e for e in doc.ents if e.label_ == "PERSON"):
                found = title_label(ent)
                if found is None:
                    continue
                label, word = found
                kind = "role" if word in roles else "job"
                counts[f"{kind} {label}"] += 1
                if show and label != "noun compound":
                    print(f"    {kind} {label:8} {word} {ent.text!r}", flush=True)
    return counts


def _counts(counts: Counter[str]) -> str:
    return " ".join(f"{k}={n}" for k, n in sorted(counts.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--show", action="store_true", help="print each non-compound title")
    parser.add_argument("--all-open", action="store_true", help="every open set")
    args = parser.parse_args(argv)
    sets = chosen_open_sets(None if args.all_open else args.sets)
    nlp = load_pipeline()
    total: Counter[str] = Counter()
    with nlp.select_pipes(disable=[COMPONENT]):
        for name, path in sets.items():
            counts = measure(nlp, path, args.show)
            total += counts
            print(f"== {name} {_counts(counts)}", flush=True)
    print(f"== TOTAL {_counts(total)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
