"""Which gold facts are lost to reference: found once each accused's references carry the name.

    python benchmarks/named_in_place.py --sets h1 h3 lf30 ... [--show] [--jobs 1]

Each open set is ingested twice: its articles as they are, and a copy in which each gold
accused person's references are replaced in place by the person's gold ``name``. Only these
references are replaced (``references``), from one spaCy parse of the article as written:

- ``pronoun``: he, she, him, her, his, hers whose nearest preceding person mention in its
  sentence or the sentence before is the person (so, with the rule below, one in the
  sentence before, none between). Person mentions are the gold people's
  names (each accused's and not-accused's ``name`` and ``also``, and a capitalised word of a
  name that no other gold person's name holds: "Rauf" for Asim Rauf) and the parse's PERSON
  spans with a capitalised word that are none of them (someone the gold does not list
  still stands between). "his",
  "hers" and a possessive "her" (tag ``PRP$``) become "NAME's", the others "NAME";
- ``description``: "the NOUN" after an apposition that ties the lower-case noun to one person
  only ("X, the driver" / "the driver, X"; the gold lists no description for a person, so
  the article's apposition is the only tie there is);
- ``the accused``: "the accused" / "the suspect" standing alone (not "the accused persons")
  where the article holds exactly one gold accused.

None of them where its own sentence names the person, or refers to the person, before it
(``_told_before``): the question is the name outside the sentence, and a reference bound
inside it is grammar ("Brandl told the judge he was innocent", "He said he was innocent").
A description or "the accused" read as the person counts as a mention for a pronoun after.

Each gold fact of an accused person - accused found, outcome, confession with its setting,
retraction, denial, by the scorer's own matching (``in_context.facts_of``) - is then put in
one class: ``both`` (found both ways), ``lost`` to reference (found only with names in place:
the number to attack), ``broke`` (found only as written: the replacing broke it), ``missed``
in the sentence (missed both ways). Counts are printed per set, then per region and kind;
``--show`` lists each lost fact with the sentences as written that the named copy's events
for the person come from (those where a reference was replaced, else all of them), and each
broke fact with the sentences of its events as written.

Held-out sets are refused (``court_sets.chosen_open_sets``): this tool prints article text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from court import ledger_of, load_scorer, region_of
from court_sets import chosen_open_sets
from in_context import FACTS, by_document, facts_of, wanted
from spacy.tokens import Doc, Span
from user_errors import run

from corroborate.nlp.pipeline import load_pipeline

__all__ = [
    "CLASSES",
    "Replacement",
    "classify",
    "compare_set",
    "main",
    "named_text",
    "references",
]

CLASSES = ("both", "lost", "broke", "missed")
KINDS = tuple(fact for fact, _, _ in FACTS)
_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
_ALONE = frozenset({"accused", "suspect"})
# The event kinds a fact is read from, to show the sentences a lost fact came from.
_EVENT_KINDS = {"outcome": {"ruling"}, "confession": {"confession"}, "retraction": {"retraction"},
                "denial": {"denial"}}  # fmt: skip


@dataclass(frozen=True)
class Replacement:
    """``text[start:end]`` of the article as written, to be read as ``new`` for ``person``."""

    start: int
    end: int
    new: str
    person: str
    how: str


def classify(as_written: bool, named: bool) -> str:
    """The class of a wanted fact, found ``as_written`` and/or with ``named`` references."""
    if as_written:
        return "both" if named else "broke"
    return "lost" if named else "missed"


def _name_forms(people: list[dict[str, Any]]) -> list[tuple[str, int]]:
    """Every (form, person index) a gold person is named by; a bare word of a name only where
    no other person's name holds the word (a shared surname names no one in particular)."""
    words: dict[str, set[int]] = {}
    forms: list[tuple[str, int]] = []
    for index, person in enumerate(people):
        for name in [person["name"], *person.get("also", [])]:
            if name:
                forms.append((name, index))
            for word in re.findall(r"[A-Z][\w'-]{2,}", name or ""):
                words.setdefault(word, set()).add(index)
    forms += [(word, next(iter(owners))) for word, owners in words.items() if len(owners) == 1]
    return sorted(forms, key=lambda form: -len(form[0]))


def _mentions(doc: Doc, people: list[dict[str, Any]]) -> list[tuple[int, int, int]]:
    """(start, end, person index) of each person mention; -1 for a PERSON span of no gold
    person. Longer forms are taken first, so "Asim Rauf" is one mention, not two."""
    text = doc.text
    taken = [False] * (len(text) + 1)
    out: list[tuple[int, int, int]] = []
    for form, index in _name_forms(people):
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if not any(taken[match.start() : match.end()]):
                out.append((match.start(), match.end(), index))
                taken[match.start() : match.end()] = [True] * (match.end() - match.start())
    for ent in doc.ents:
        named = any(token.is_title for token in ent)  # not a PERSON span "lorry driver"
        if ent.label_ == "PERSON" and named and not any(taken[ent.start_char : ent.end_char]):
            out.append((ent.start_char, ent.end_char, -1))
    return sorted(out)


def _sentence_starts(doc: Doc) -> list[int]:
    return [sent.start_char for sent in doc.sents]


def _pronouns(
    doc: Doc, mentions: list[tuple[int, int, int]], accused: set[int], names: list[str]
) -> Iterator[Replacement]:
    """Each he/she/him/her/his/hers whose nearest preceding person mention (its sentence or
    the one before) is an accused person, read as that person's name."""
    starts = _sentence_starts(doc)
    for token in doc:
        if token.lower_ not in _PRONOUNS:
            continue
        sentence = max(i for i, s in enumerate(starts) if s <= token.idx)
        window = starts[max(sentence - 1, 0)]
        before = [m for m in mentions if window <= m[0] and m[1] <= token.idx]
        if not before or before[-1][2] not in accused:
            continue
        name = names[before[-1][2]]
        possessive = token.lower_ in ("his", "hers") or token.tag_ == "PRP$"
        new = f"{name}'s" if possessive else name
        yield Replacement(token.idx, token.idx + len(token), new, name, "pronoun")


def _apposed_nouns(
    doc: Doc, mentions: list[tuple[int, int, int]]
) -> tuple[dict[str, set[int]], dict[str, int], set[int]]:
    """Each lower-case noun apposed to a gold person's mention ("X, the driver"; "the driver,
    X"), with the people it is tied to, where it is first tied, and the apposed tokens (the
    tie itself, never replaced)."""
    owners: dict[str, set[int]] = {}
    first: dict[str, int] = {}
    tokens: set[int] = set()
    for start, end, index in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if index < 0 or span is None:
            continue
        head = span.root
        tied = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            tied.append(head.head)
        for noun in tied:
            if noun.pos_ == "NOUN" and noun.is_lower and not (span.start <= noun.i < span.end):
                owners.setdefault(noun.lower_, set()).add(index)
                first[noun.lower_] = min(first.get(noun.lower_, noun.idx), noun.idx)
                tokens.add(noun.i)
    return owners, first, tokens


def _definite(doc: Doc, words: dict[str, int]) -> list[tuple[Span, int]]:
    """Each "the WORD" whose WORD heads its phrase, with its person."""
    out = []
    for token in doc[:-1]:
        noun = doc[token.i + 1]
        if token.lower_ != "the" or noun.lower_ not in words:
            continue
        if noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ in ("NOUN", "PROPN"):
            continue  # "the accused persons", "the suspect vehicle": not the person
        out.append((doc[token.i : noun.i + 1], words[noun.lower_]))
    return out


def references(nlp: Any, text: str, gold: dict[str, Any]) -> list[Replacement]:
    """The references to the gold accused in ``text`` to read as their names (see above)."""
    doc = nlp(text)
    people = list(gold["accused"]) + list(gold.get("not_accused", []))
    names = [person["name"] for person in people]
    accused = set(range(len(gold["accused"])))
    mentions = _mentions(doc, people)
    owners, first, apposed = _apposed_nouns(doc, mentions)
    ties = {noun: next(iter(o)) for noun, o in owners.items() if len(o) == 1 and o <= accused}
    out = [
        Replacement(span.start_char, span.end_char, names[index], names[index], "description")
        for span, index in _definite(doc, ties)
        if span[-1].i not in apposed and span.start_char >= first[span[-1].lower_]
    ]
    if len(accused) == 1:
        alone = {word: 0 for word in _ALONE if word not in ties}
        out += [
            Replacement(span.start_char, span.end_char, names[0], names[0], "the accused")
            for span, _ in _definite(doc, alone)
        ]
    # a description or "the accused" read as the person is a mention of the person too
    tied = [(r.start, r.end, names.index(r.person)) for r in out]
    everyone = sorted(mentions + tied)
    out += _pronouns(doc, everyone, accused, names)
    everyone += [(r.start, r.end, names.index(r.person)) for r in out if r.how == "pronoun"]
    starts = _sentence_starts(doc)
    return _disjoint([r for r in out if not _told_before(r, names, everyone, starts)])


def _told_before(
    one: Replacement, names: list[str], mentions: list[tuple[int, int, int]], starts: list[int]
) -> bool:
    """Whether the reference's own sentence tells its person before it (by name or by another
    reference, so only a sentence's first reference to the person is read): a reference bound
    inside its sentence ("X told the judge he was innocent") is the sentence's grammar, which
    the reader reads, not a name lost outside the sentence - and naming it breaks the reading
    (a self-denial read as a statement about someone: three facts of h1 broke so)."""
    sentence = max(s for s in starts if s <= one.start)
    person = names.index(one.person)
    return any(m[2] == person and sentence <= m[0] < one.start for m in mentions)


def _disjoint(replacements: list[Replacement]) -> list[Replacement]:
    """The replacements in text order, an overlapping later one dropped."""
    out: list[Replacement] = []
    for one in sorted(replacements, key=lambda r: (r.start, -r.end)):
        if not out or one.start >= out[-1].end:
            out.append(one)
    return out


def named_text(text: str, replacements: list[Replacement]) -> tuple[str, list[int]]:
    """``text`` with the replacements made, and for each offset of the new text the offset of
    the text as written it comes from (so an event of the named copy finds its sentence)."""
    parts: list[str] = []
    origin: list[int] = []
    at = 0
    for one in replacements:
        parts.append(text[at : one.start])
        origin += range(at, one.start)
        parts.append(one.new)
        origin += [one.start] * len(one.new)
        at = one.end
    parts.append(text[at:])
    origin += range(at, len(text) + 1)
    return "".join(parts), origin


def _named_docs(nlp: Any, docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict]:
    named, made = [], {}
    for doc in docs:
        replacements = references(nlp, doc["text"], doc["gold"])
        text, origin = named_text(doc["text"], replacements)
        named.append(dict(doc, text=text))
        made[doc["id"]] = (replacements, origin)
    return named, made


def _sources(scorer: Any, nlp: Any, doc: dict[str, Any], person: dict[str, Any], fact: str,
             ledger: dict[str, Any], rows: list, made: tuple) -> list[str]:  # fmt: skip
    """The sentences as written that the named copy's events of ``fact`` for ``person`` are in."""
    replacements, origin = made
    entities = {e["id"]: e for e in ledger.get("entities", [])}
    gold = scorer.gold_names(person)
    spans = set()
    for allegation in rows:
        names = [entities.get(eid, {}) for eid in allegation.get("accused", [])]
        names_of = [{scorer.norm(e.get("name"))} | {scorer.norm(a) for a in e.get("aliases", [])}
                    for e in names]  # fmt: skip
        if not any(scorer.same(gold, n) for n in names_of):
            continue
        for event in allegation.get("events", []):
            kinds = _EVENT_KINDS.get(fact)
            if event.get("document_id") != doc["id"] or (kinds and event.get("kind") not in kinds):
                continue
            start = origin[min(event.get("start", 0), len(origin) - 1)]
            spans.add(start)
    sents = list(nlp(doc["text"]).sents)
    held = [s for s in sents if any(s.start_char <= at < s.end_char for at in spans)]
    own = [s for s in held if any(s.start_char <= r.start < s.end_char for r in replacements
                                  if r.person == person["name"])]  # fmt: skip
    return [s.text.strip() for s in (own or held)]


def compare_set(name: str, path: Path) -> dict[str, Any]:
    """One set's gold facts, each with its class, region and (for a lost one) its sentences."""
    scorer = load_scorer()
    nlp = load_pipeline()
    docs = scorer.load_gold(str(path))
    named, made = _named_docs(nlp, docs)
    with tempfile.TemporaryDirectory() as tmp:
        named_path = Path(tmp) / "named.jsonl"
        named_path.write_text("".join(json.dumps(d) + "\n" for d in named))
        named_ledger = ledger_of(named_path)
    ledger = ledger_of(path)
    rows, named_rows = by_document(ledger), by_document(named_ledger)
    facts, replaced = [], Counter(r.how for rs, _ in made.values() for r in rs)
    for doc, copy in zip(docs, named, strict=True):
        region = doc.get("region") or region_of(doc.get("case") or doc["id"])
        mine, named_mine = rows.get(doc["id"], []), named_rows.get(doc["id"], [])
        for person in doc["gold"]["accused"]:
            got = facts_of(scorer, doc, person, ledger, mine)
            got_named = facts_of(scorer, copy, person, named_ledger, named_mine)
            for fact in sorted(wanted(person)):
                cls = classify(fact in got, fact in got_named)
                row = {"set": name, "doc": doc["id"], "person": person["name"], "fact": fact,
                       "region": region, "class": cls}  # fmt: skip
                replacements, origin = made[doc["id"]]
                if cls == "lost":
                    row["sentences"] = _sources(scorer, nlp, doc, person, fact, named_ledger,
                                                named_mine, (replacements, origin))  # fmt: skip
                elif cls == "broke":
                    same = list(range(len(doc["text"]) + 1))
                    row["sentences"] = _sources(scorer, nlp, doc, person, fact, ledger, mine,
                                                (replacements, same))  # fmt: skip
                facts.append(row)
    return {"set": name, "facts": facts, "replaced": dict(replaced)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", required=True, help="short names of open sets")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--show", action="store_true", help="print each lost-to-reference fact")
    parser.add_argument("--json", type=Path, help="write every classed fact to this file")
    args = parser.parse_args(argv)
    sets = chosen_open_sets(args.sets)
    results = []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(compare_set, name, path) for name, path in sets.items()]
        for future in as_completed(futures):
            result = future.result()
            results.append(result)
            _report(result, args.show)
    facts = [row for result in results for row in result["facts"]]
    print(_table("region/kind", Counter((r["region"], r["fact"], r["class"]) for r in facts)))
    print(_table("all/kind", Counter(("all", r["fact"], r["class"]) for r in facts)))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


def _table(title: str, counts: Counter[tuple[str, str, str]]) -> str:
    """One line per (group, kind): each class's count, "lost/missed" the share to attack."""
    lines = [f"{title:<34}" + "".join(f"{c:>8}" for c in CLASSES)]
    for group in sorted({g for g, _, _ in counts}):
        for kind in KINDS:
            cells = [counts[(group, kind, c)] for c in CLASSES]
            if any(cells):
                lines.append(f"{group + ' ' + kind:<34}" + "".join(f"{n:>8}" for n in cells))
    return "\n".join(lines)


def _report(result: dict[str, Any], show: bool) -> None:
    classes = Counter(row["class"] for row in result["facts"])
    lost = Counter(row["fact"] for row in result["facts"] if row["class"] == "lost")
    cells = " ".join(f"{c}={classes[c]}" for c in CLASSES)
    print(f"{result['set']}: {cells}; lost by kind {dict(sorted(lost.items()))};"
          f" replaced {result['replaced']}")  # fmt: skip
    if show:
        for row in result["facts"]:
            if row["class"] in ("lost", "broke"):
                print(f"  {row['class']}: {row['doc']} {row['person']} {row['fact']}")
                for sentence in row["sentences"]:
                    print(f"    {sentence}")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(run(main))
