"""Whom each he, she, him, his or her of the open sets is tied to, and which of the open sets'
missed rulings, confessions, retractions and denials a right tie would fix.

    python benchmarks/pronoun_ties.py MISSDIR [--sets lf13 lf14 ...] [--all]

``MISSDIR`` holds one ``SET.txt`` per set (the scorer's detail lines, as the lead's miss
lists write them: "ID: NAME: outcome X, ledger has none", "confession ... ledger has",
"retraction missed", "denial missed"). For every such miss, the sentences of its article
that hold a singular personal pronoun and a word of the missed kind, where the missed
person is named within the two sentences before, are printed with the tie the claim reader
gives the pronoun (``Naming._name_at``) and a cause:

- ``right``: tied to the missed person (the miss is not the pronoun's);
- ``none-described``: tied to no one, the person last told by a description ("the
  inspector, X") or as someone described elsewhere;
- ``none-quoted``: tied to no one, inside a quotation;
- ``none``: tied to no one otherwise;
- ``other-last-named``: tied to another person, the last one named before the pronoun;
- ``other``: tied to another person otherwise;
- ``gender``: the missed person's sex, where the text tells it, is not the pronoun's.

Only open sets are read: a held-out set is refused. ``--all`` prints every tie of the
sets, not only those near a miss.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from court_sets import chosen_open_sets
from spacy.language import Language
from spacy.tokens import Doc, Token

from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.naming import Naming
from corroborate.nlp.pipeline import COMPONENT, load_pipeline

__all__ = ["main", "read_watching_ties", "ties_of"]

_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
_KIND_WORDS = {
    "outcome": re.compile(
        r"bail|remand|custody|jail|prison|sentenc|convict|acquit|discharg|fine|detain|releas",
        re.I,
    ),
    "confession": re.compile(r"confess|admit|statement|owned up|guilty", re.I),
    "retraction": re.compile(r"retract|resil|disown|withdr|repudiat|back|coerc|tortur", re.I),
    "denial": re.compile(r"den(y|ied)|innocen|not guilty|never|false|framed|did not", re.I),
}
_MISS = re.compile(r"^(?P<id>[^:]+): (?P<rest>.*)$")


def _misses(path: Path) -> list[tuple[str, str, str]]:
    """(article id, person, kind) for each missed outcome, confession, retraction, denial."""
    out = []
    for line in path.read_text().splitlines()[1:]:
        m = _MISS.match(line)
        if m is None:
            continue
        rest = m["rest"]
        kind = None
        if "retraction missed" in rest:
            kind = "retraction"
        elif "denial missed" in rest:
            kind = "denial"
        elif ": outcome " in rest:
            kind = "outcome"
        elif "confession" in rest and "ledger has" in rest:
            kind = "confession"
        if kind is None:
            continue
        person = re.split(r": |\bretraction missed|\bdenial missed", rest)[0].strip(" :")
        out.append((m["id"], person, kind))
    return out


def read_watching_ties(
    nlp: Language, text: str, watch: Callable[[Naming, Token, Named | None], None]
) -> Doc:
    """Read ``text``'s claims, calling ``watch`` with each tie the claim reader makes
    (``Naming._name_at``: the reader, the token asked of, whom it names). The tie measures
    share this one spy; the reader's own method is back in place after, even on an error."""
    from corroborate.nlp.claims import find_claims
    from corroborate.nlp.mentions import find_mentions

    original = Naming._name_at

    def spy(self: Naming, token: Token) -> Named | None:
        found = original(self, token)
        watch(self, token, found)
        return found

    Naming._name_at = spy  # type: ignore[method-assign,assignment]
    try:
        with nlp.select_pipes(disable=[COMPONENT]):
            doc = nlp(text)
        find_claims(doc, find_mentions(doc))
    finally:
        Naming._name_at = original  # type: ignore[method-assign]
    return doc


def ties_of(nlp: Language, text: str) -> tuple[Doc, list[tuple[Token, str | None]]]:
    """The parse of ``text`` and each singular personal pronoun's tie, in text order."""
    ties: dict[int, str | None] = {}

    def watch(naming: Naming, token: Token, found: Named | None) -> None:
        if token.lower_ in _PRONOUNS and token.i not in ties:
            ties[token.i] = None if found is None else found.name

    doc = read_watching_ties(nlp, text, watch)
    return doc, [(doc[i], ties[i]) for i in sorted(ties)]


def _in_quote(sent_text: str, offset: int) -> bool:
    before = sent_text[:offset]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _cause(doc: Doc, token: Token, tie: str | None, person: str) -> str:
    last = person.split()[-1]
    if tie is not None and (tie == person or tie.split() == [last] or person.split() == [tie]):
        return "right"
    female = token.lower_ in ("she", "her")
    if female != _female(doc, person):
        return "gender"
    sent = token.sent
    if tie is None:
        if _in_quote(sent.text, token.idx - sent.start_char):
            return "none-quoted"
        window = doc.text[max(0, sent.start_char - 600) : token.idx]
        if re.search(r"\b(the|a|an|its|his|her)\s+[a-z][a-z -]*,\s+" + re.escape(person), window):
            return "none-described"
        return "none"
    named = [e for e in doc.ents if e.label_ == "PERSON" and e.end <= token.i]
    if named and tie.split()[-1] in named[-1].text:
        return "other-last-named"
    return "other"


def _female(doc: Doc, person: str) -> bool:
    last = re.escape(person.split()[-1])
    return (
        bool(re.search(r"\b(Mrs|Ms|Miss|Begum|Bibi)\.?\s+(\w+\s+)*?" + last, doc.text))
        or bool(re.search(last + r"[^.]{0,80}\b(she|her)\b", doc.text))
        and not re.search(last + r"[^.]{0,80}\b(he|his|him)\b", doc.text)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("missdir", type=Path)
    parser.add_argument("--sets", nargs="*")
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args(argv)
    sets = chosen_open_sets(args.sets)
    names = list(sets)
    nlp = load_pipeline()
    causes: Counter[str] = Counter()
    by_set: dict[str, Counter[str]] = {}
    for name in names:
        miss_path = args.missdir / f"{name}.txt"
        misses = _misses(miss_path) if miss_path.exists() else []
        wanted: dict[str, list[tuple[str, str]]] = {}
        for aid, person, kind in misses:
            wanted.setdefault(aid, []).append((person, kind))
        by_set[name] = Counter()
        for line in sets[name].read_text().splitlines():
            article = json.loads(line)
            aid = article["id"]
            if aid not in wanted and not args.all:
                continue
            doc, ties = ties_of(nlp, article["text"])
            if args.all:
                for token, tie in ties:
                    print(f"{name}\t{aid}\t{token.text}\t{tie}\t{token.sent.text.strip()[:200]}")
                continue
            for person, kind in wanted[aid]:
                last = person.split()[-1]
                by_sentence: dict[int, list[tuple[Token, str | None]]] = {}
                for token, tie in ties:
                    by_sentence.setdefault(token.sent.start, []).append((token, tie))
                for start, found in by_sentence.items():
                    sent = found[0][0].sent
                    if not _KIND_WORDS[kind].search(sent.text):
                        continue
                    before = doc[max(0, start - 1)].sent
                    before2 = doc[max(0, before.start - 1)].sent
                    near = sent.text + before.text + before2.text
                    if last not in near:
                        continue
                    read = [(t, tie, _cause(doc, t, tie, person)) for t, tie in found]
                    agreeing = [r for r in read if r[2] != "gender"] or read
                    right = [r for r in agreeing if r[2] == "right"]
                    token, tie, cause = (right or agreeing)[0]
                    causes[cause] += 1
                    by_set[name][cause] += 1
                    text = sent.text.strip().replace("\n", " ")[:240]
                    print(f"{name}\t{aid}\t{kind}\t{person}\t{token.text}->{tie}\t{cause}\t{text}")
    if not args.all:
        print("# causes:", json.dumps(dict(causes.most_common())))
        for name, counter in by_set.items():
            if counter:
                print(f"# {name}: {json.dumps(dict(counter.most_common()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
