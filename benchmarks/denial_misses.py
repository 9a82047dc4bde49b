"""Why each denial the scorer misses on the open sets is missed, from the claims and the ledger.

    python benchmarks/denial_misses.py MISSDIR [--sets lf13 lf14 ...] [--show N] [--ledgers DIR]

``MISSDIR`` holds one ``SET.txt`` per set (the lead's miss lists: the scorer's detail lines,
"ID: NAME: denial missed") and ``SET.ledger.json``, the ledger the list was scored on; with
``--ledgers`` the ledgers are read from another folder (a branch's own run). Each missed
denial is put down to one cause:

- ``c-accused``: the person is not in the ledger as accused in that article (an accused
  miss, not a denial miss: the scorer's line says "accused not found");
- ``d-dropped``: a denial claim of the article names the person as the one denying or
  cleared, yet the ledger holds no denial of that article on an allegation accusing them
  (another allegation, a guard such as vic62's);
- ``b-other``: a denial claim read in a sentence that names or follows the person (the
  sentence itself or one of the two after a sentence naming them) but tied to another
  person; ``b-none``: read there, tied to no one;
- ``a-cue``: no denial claim near the person, but a sentence near them holds a word of
  denying or innocence (a reader misses the sentence); ``a-none``: no such word either.

With ``--shapes`` each ``a-cue`` and ``a-none`` miss is also given the rough shape of the
sentences near the person (the first that fits, in this order; a regular expression each, a
first sort for reading, not a reader): ``firm`` - a business told by a common noun or a
form of incorporation as a clause's subject ("the company held a licence", "the mill never
touched ..."); ``alibi`` - a verb of being placed with a moment ("was at X that night", "had
been in Y at the time", "when the fire started") and no crime word; ``refused`` - "never" or
"did not" before a verb of handling ("never touched the cash box"); ``other``. The counts
are printed by set and case.

With ``--speakers`` each ``a-`` miss is also sorted by who the sentences near the person with
a word of denying tell of (den68): ``counsel`` (a defence noun of the lexicon's role nouns, or
"client"), ``kin`` (a relative noun), ``other`` (the person himself, a court, anyone else),
``no-cue`` (no such sentence) - to weigh "someone speaking for the accused" as a class.

The article's claims are read again through the per-document stage (``analyse_documents``).
Only open sets are read (``court_sets.open_sets``): a held-out set is refused.
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
from court_sets import chosen_open_sets  # benchmarks/court_sets.py

from corroborate.extract import analyse_documents
from corroborate.lexicon.legal import legal
from corroborate.nlp.pipeline import load_pipeline
from corroborate.read.jsonl import to_document

__all__ = ["classify", "main"]

_DENYING = re.compile(
    r"\bden(y|ies|ied|ying)\b|innocen|not guilty|\bnever\b|false|framed|fabricat|\bdid not\b|"
    r"\bhad not\b|nothing to do|baseless|concocted|conspiracy|victimi[sz]",
    re.I,
)
# ``--shapes``' rough sorts (see the docstring): a business as subject, an alibi's place and
# moment, a deed of handling refused.
_FIRM = re.compile(
    r"\b(the|its|his|her|their) (company|firm|mill|factory|agency|institute|business|"
    r"cooperative|clinic|hospital|school|shop|plant|workshop|contractor|society)\b[^.,;]{0,40}"
    r"\b(had|has|was|is|were|never|did|held|followed|complied|always|only|bought|paid)\b"
    r"|\b(Ltd|Limited|Inc|Pvt)\b[^.]{0,40}\b(never|had|has|held|followed|complied)\b",
    re.I,
)
_ALIBI = re.compile(
    r"\b(was|were|had been|stayed|spent)\b[^.]{0,60}\b(at|in|on|with|home|abroad|away)\b"
    r"[^.]{0,80}\b(that (night|day|evening|morning|afternoon|week)|at the time|when |"
    r"throughout|all (night|day|evening)|on the (night|day|evening))",
    re.I,
)
_REFUSED = re.compile(
    r"\b(never|did not|didn't|had not)\b (touch|open|handle|go|went|see|look|"
    r"sign|take|use|enter|set foot|know)",
    re.I,
)
_LINE = re.compile(r"^(?P<id>[^:]+): (?P<person>[^:]+): denial missed(?P<rest>.*)$")


def _misses(path: Path) -> list[tuple[str, str, bool]]:
    """(article id, person, accused not found) for each missed denial, once each."""
    seen: dict[tuple[str, str], bool] = {}
    for line in path.read_text().splitlines()[1:]:
        m = _LINE.match(line)
        if m:
            seen[(m["id"], m["person"].strip())] = "accused not found" in m["rest"]
    return [(aid, person, nf) for (aid, person), nf in seen.items()]


def _sentences(text: str, claims: list[Any]) -> list[tuple[int, int]]:
    """Rough sentence spans of ``text`` (a full stop, question or exclamation and a space)."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?][\"\u201d']?\s+(?=[\"\u201c'A-Z])|\n+", text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _shares_surname(article: dict[str, Any], person: str) -> bool:
    """Whether another person of the article's gold (accused or not) has ``person``'s surname."""
    last = person.split()[-1]
    people = article["gold"]["accused"] + article["gold"]["not_accused"]
    return any(p["name"] != person and p["name"].split()[-1] == last for p in people)


def classify(
    scorer: Any, article: dict[str, Any], person: str, claims: list[Any], ledger: dict[str, Any]
) -> tuple[str, str]:
    """The cause of one missed denial and the sentence that shows it."""
    norm, same = scorer.norm, scorer.same
    gold = {norm(person)}
    for p in article["gold"]["accused"]:
        if p["name"] == person:
            gold = scorer.gold_names(p)
    surnames = {n.split()[-1] for n in gold if n}
    text = article["text"]

    def names_person(span: str) -> bool:
        words = set(norm(span).split())
        return bool(words & surnames)

    spans = _sentences(text, claims)
    near: set[int] = set()
    for i, (s, e) in enumerate(spans):
        if names_person(text[s:e]):
            near.update((i, i + 1, i + 2))

    def index_of(offset: int) -> int:
        for i, (s, e) in enumerate(spans):
            if s <= offset < e:
                return i
        return -1

    denials = [c for c in claims if c.kind == "denial"]
    for claim in denials:
        parts = [p for p in claim.participants if p.role == "accused"]
        if any(same(gold, {norm(p.name)}) for p in parts):
            return "d-dropped", text[claim.start : claim.end]
    deniers = [
        scorer.gold_names(p)
        for p in article["gold"]["accused"]
        if p.get("denied") and p["name"] != person
    ]
    for claim in denials:
        if index_of(claim.start) in near:
            parts = [p.name for p in claim.participants if p.role == "accused"]
            if parts and all(any(same(g, {norm(n)}) for g in deniers) for n in parts):
                continue  # another accused's own denial, read right
            sentence = text[claim.start : claim.end]
            if parts:
                return "b-other", f"[{', '.join(parts)}] {sentence}"
            return "b-none", sentence
    for i in sorted(near):
        if i < len(spans):
            s, e = spans[i]
            if _DENYING.search(text[s:e]):
                return "a-cue", text[s:e]
    return "a-none", ""


def _sentences_near(article: dict[str, Any], person: str, scorer: Any) -> list[str]:
    """The sentences that name the person (by a surname of his gold forms) and the two after
    each, in order: where ``shape`` and ``speaker`` look for the words of his denial."""
    norm = scorer.norm
    surnames = {norm(person).split()[-1]} if norm(person) else set()
    for p in article["gold"]["accused"]:
        if p["name"] == person:
            surnames = {n.split()[-1] for n in scorer.gold_names(p) if n}
    text = article["text"]
    spans = _sentences(text, [])
    near = sorted(
        {j for i, (s, e) in enumerate(spans) if set(norm(text[s:e]).split()) & surnames
         for j in (i, i + 1, i + 2) if j < len(spans)}
    )  # fmt: skip
    return [text[spans[i][0] : spans[i][1]] for i in near]


def shape(article: dict[str, Any], person: str, scorer: Any) -> tuple[str, str]:
    """The rough shape of the sentences that name the person or follow one (``--shapes``),
    and the sentence that has it."""
    sentences = _sentences_near(article, person, scorer)
    for name, pattern in (("firm", _FIRM), ("alibi", _ALIBI), ("refused", _REFUSED)):
        for sentence in sentences:
            if pattern.search(sentence):
                return name, sentence
    return "other", ""


def speaker(article: dict[str, Any], person: str, scorer: Any) -> tuple[str, str]:
    """Who the sentences with a word of denying near the person tell of (``--speakers``):
    ``counsel`` (a defence noun of the lexicon's ``role_nouns``, or a client noun),
    ``kin`` (a relative noun), or ``other`` (the person, a court, anyone else); ``no-cue``
    where no sentence near the person holds such a word. The first sentence with the word
    is returned. A sort for reading, not a reader: a sentence that names a lawyer of the
    victim counts as counsel too."""
    lex = legal()
    roles = {noun: role for noun, role in lex.role_nouns.items() if role in ("defence", "relative")}
    cues = [c for c in _sentences_near(article, person, scorer) if _DENYING.search(c)]
    if not cues:
        return "no-cue", ""
    for kind, role in (("counsel", "defence"), ("kin", "relative")):
        for sentence in cues:
            words = {w.lower() for w in re.findall(r"[A-Za-z]+", sentence)}
            if any(roles.get(w) == role or (kind == "counsel" and w in lex.client_nouns)
                   for w in words):  # fmt: skip
                return kind, sentence
    return "other", cues[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("missdir", type=Path)
    parser.add_argument("--sets", nargs="*")
    parser.add_argument("--ledgers", type=Path, help="read SET.ledger.json from here")
    parser.add_argument("--show", type=int, default=4, help="examples printed per cause")
    parser.add_argument("--shapes", action="store_true", help="sort a-misses by rough shape")
    parser.add_argument(
        "--speakers", action="store_true", help="sort a-misses by who the cue sentence tells of"
    )
    args = parser.parse_args(argv)
    sets = chosen_open_sets(args.sets)
    names = list(sets)
    scorer = load_scorer()
    nlp = load_pipeline()
    total: Counter[str] = Counter()
    shared: Counter[str] = Counter()  # denials of gold, missed or not, by a shared surname
    examples: dict[str, list[str]] = {}
    shapes: Counter[str] = Counter()
    shape_where: dict[str, set[str]] = {}
    speakers: Counter[str] = Counter()
    speaker_where: dict[str, set[str]] = {}
    for name in names:
        misses = _misses(args.missdir / f"{name}.txt")
        rows = [json.loads(line) for line in sets[name].read_text().splitlines() if line.strip()]
        missed = {(aid, person) for aid, person, _ in misses}
        for row in rows:
            for p in row["gold"]["accused"]:
                if p.get("denied"):
                    key = "shared" if _shares_surname(row, p["name"]) else "own"
                    shared[key] += 1
                    shared[key + " missed"] += (row["id"], p["name"]) in missed
        if not misses:
            print(f"{name}\t{{}}")
            continue
        ledger = json.loads(((args.ledgers or args.missdir) / f"{name}.ledger.json").read_text())
        wanted = {aid for aid, _, _ in misses}
        articles = {row["id"]: row for row in rows if row["id"] in wanted}
        documents = [to_document(articles[aid], str(sets[name]), 0) for aid in sorted(wanted)]
        claims = {a.document.id: a.claims for a in analyse_documents(documents, nlp)}
        counts: Counter[str] = Counter()
        for aid, person, not_found in misses:
            if not_found:
                cause, shown = "c-accused", ""
            else:
                cause, shown = classify(scorer, articles[aid], person, claims[aid], ledger)
            counts[cause] += 1
            if args.shapes and cause.startswith("a-"):
                kind, seen = shape(articles[aid], person, scorer)
                shown = seen or shown
                shapes[kind] += 1
                case = articles[aid].get("case") or aid
                shape_where.setdefault(kind, set()).add(f"{name}/{case}")
                cause = f"{cause}:{kind}"
            if args.speakers and cause.startswith("a-"):
                kind, seen = speaker(articles[aid], person, scorer)
                shown = seen or shown
                speakers[kind] += 1
                case = articles[aid].get("case") or aid
                speaker_where.setdefault(kind, set()).add(f"{name}/{case}")
                cause = f"{cause}/{kind}"
            line = f"{name}\t{aid}\t{person}\t{cause}\t{' '.join(shown.split())[:300]}"
            examples.setdefault(re.split("[:/]", cause)[0], []).append(line)
        total.update(counts)
        print(f"{name}\t{json.dumps(dict(sorted(counts.items())))}", flush=True)
    print("# causes:", json.dumps(dict(total.most_common())))
    if args.shapes:
        for kind, n in shapes.most_common():
            where = shape_where[kind]
            sets_of = {w.split("/")[0] for w in where}
            print(f"# shape {kind}: {n} misses, {len(sets_of)} sets, {len(where)} cases")
    if args.speakers:
        for kind, n in speakers.most_common():
            where = speaker_where[kind]
            sets_of = {w.split("/")[0] for w in where}
            print(f"# speaker {kind}: {n} misses, {len(sets_of)} sets, {len(where)} cases")
    print("# gold denials by surname (shared with another person of the article or own):")
    print("#", json.dumps(dict(sorted(shared.items()))))
    for cause, _ in total.most_common():
        for line in examples[cause][: args.show]:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
