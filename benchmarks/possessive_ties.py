"""Whom a sentence's opening "his" or "her" ("His counsel argued ...", "Her lawyer said ...",
"His family says ...") is tied to, against the one person the sentence before is about.

    python benchmarks/possessive_ties.py [--show] [--jobs N] [SET ...]

Over the open sets (never a held-out one: refused), every possessive "his" or "her" the claim
reader asks a party of (``Naming._name_at``) that stands first among its sentence's people (no
person named and no personal pronoun before it there, outside a quotation) is compared with the
bearer of the sentence before's one main subject (``attributed.main_subjects``): a name, or a
description the reader ties to one named person ("The manager, too, had denied ..." after "His
manager, X"), or a pronoun's own tie. Each is classed:

- ``right``: tied to that bearer;
- ``wrong``: tied to another person;
- ``missing``: tied to no one;
- ``no-bearer``: the subject before is no one person the reader names (a thing, a plural, a
  description tied to no one, several subjects, a body) or one the report describes as other
  than an accused (a judge, a victim: ``Naming.described``) - the class says nothing there.

``wrong`` and ``missing`` are split by what the subject before was: ``name``, ``description``
or ``pronoun``. ``--show`` prints each wrong and missing line (set, article, tie, bearer, the
two sentences) for reading by hand; a gender the bearer does not share shows there only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from court_sets import chosen_open_sets  # benchmarks/court_sets.py
from pronoun_ties import read_watching_ties  # benchmarks/pronoun_ties.py
from spacy.tokens import Token

from corroborate.nlp.claims.attributed import main_subjects
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.naming import Naming
from corroborate.nlp.speakers import ONE_PERSON_PRONOUNS, PERSONAL_PRONOUNS

__all__ = ["bearer_kind", "classify", "main"]

_POSSESSIVES = frozenset({"his", "her"})


def bearer_kind(subject: Token) -> str:
    """What the subject before is: a ``pronoun``, a ``name`` (a proper noun) or a
    ``description`` (a common noun the reader tied to a name)."""
    if subject.lower_ in ONE_PERSON_PRONOUNS:
        return "pronoun"
    return "name" if subject.pos_ == "PROPN" else "description"


def classify(tie: str | None, bearer: str | None) -> str:
    """``right``, ``wrong``, ``missing`` or ``no-bearer`` for a possessive's tie."""
    if bearer is None:
        return "no-bearer"
    if tie is None:
        return "missing"
    return "right" if tie == bearer else "wrong"


def _opens_people(naming: Naming, token: Token) -> bool:
    """Whether ``token`` is a possessive that stands first among its sentence's people."""
    if token.lower_ not in _POSSESSIVES or token.tag_ != "PRP$" or token.sent.start == 0:
        return False
    if naming._quotation_of(token) is not None:
        return False
    for t in naming.doc[token.sent.start : token.i]:
        m = naming.by_token.get(t.i)
        if (m is not None and m.type == "person") or t.lower_ in PERSONAL_PRONOUNS:
            return False
    return True


def _ties_of_article(text: str) -> list[tuple[str, str | None, str | None, str, str, str]]:
    """(possessive, tie, bearer, bearer kind, sentence, sentence before) for each
    possessive that opens its sentence's people."""
    from corroborate.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    # the reader's own tie, unwatched, for the subject before (asking through the spy would
    # watch that tie too)
    original = Naming._name_at
    rows: dict[int, tuple[str, str | None, str | None, str, str, str]] = {}

    def watch(self: Naming, token: Token, found: Named | None) -> None:
        if token.i in rows or not _opens_people(self, token):
            return
        before = self.doc[token.sent.start - 1].sent
        subjects = main_subjects(before)
        bearer: Named | None = None
        kind = "none"
        if len(subjects) == 1 and subjects[0].tag_ != "NNS":
            kind = bearer_kind(subjects[0])
            bearer = original(self, subjects[0])
            m = self.by_token.get(subjects[0].i)
            # a judge, a victim or a court is no bearer the class speaks of: the reader
            # never ties a pronoun to one described so, and a body is no person
            if m is not None and m.type != "person":
                bearer = None
            if bearer is not None and bearer.name in self.described | self.described_here:
                bearer = None
        rows[token.i] = (
            token.text,
            None if found is None else found.name,
            None if bearer is None or bearer.members is not None else bearer.name,
            kind,
            token.sent.text.strip().replace("\n", " ")[:200],
            before.text.strip().replace("\n", " ")[:200],
        )

    read_watching_ties(nlp, text, watch)
    return [rows[i] for i in sorted(rows)]


def _set_rows(name: str, path: str) -> list[tuple[str, str, tuple[str, ...]]]:
    out = []
    for line in Path(path).read_text().splitlines():
        article = json.loads(line)
        for row in _ties_of_article(article["text"]):
            out.append((name, article["id"], tuple(str(x) for x in row)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    sets = chosen_open_sets(args.sets)
    classes: Counter[str] = Counter()
    where: dict[str, set[str]] = {}
    cases: dict[str, set[tuple[str, str]]] = {}
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        results = pool.map(_set_rows, list(sets), [str(p) for p in sets.values()])
        for rows in results:
            for name, aid, (word, tie, bearer, kind, sent, before) in rows:
                cls = classify(None if tie == "None" else tie, None if bearer == "None" else bearer)
                key = cls if cls in ("right", "no-bearer") else f"{cls}-{kind}"
                classes[key] += 1
                where.setdefault(key, set()).add(name)
                # a case: the article's story, told by its id's stem before the last part
                cases.setdefault(key, set()).add((name, aid.rsplit("-", 1)[0]))
                if args.show and cls in ("wrong", "missing"):
                    print(f"{name}\t{aid}\t{key}\t{word}->{tie}\tbearer={bearer}")
                    print(f"\tBEFORE: {before}\n\tHERE:   {sent}")
    for key, count in classes.most_common():
        print(f"# {key}: {count} ties, {len(where[key])} sets, {len(cases[key])} articles/cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
