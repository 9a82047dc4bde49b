"""What the mini-article inventory tests of this folder share: reading an inventory, running
each article as a test (``xfail(strict=True)`` where the article says the ledger does not read
it yet, so a fix shows up), the court scorer's test of whether two names stand for one person,
and asking a ledger what it holds against each gold person.

Two formats of inventory exist. The court-reports gold format (``*.jsonl``, one document a line
with ``gold.accused`` / ``gold.not_accused``; ``benchmarks/court.py --gold`` scores it) is
ingested whole through the real pipeline into a module's ``ledger`` fixture and read from the
ledger's JSON (``gold_reading``, ``gold_expected``). The invented-article format (``*.json``,
``{"articles": [...]}`` with ``expect`` / ``none``) builds one ledger per article
(``tests.ledger.invented``) and is read from its records (``events_against``,
``expected_people``); what each such file asks of the events stays in that file.

The files differ in how the scorer they follow normalises names and folds outcomes, so those
differences are parameters here, not copies there."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from corroborate.ingest import ingest_paths
from corroborate.ledger.store import rebuild
from corroborate.records import Event, Ledger
from corroborate.store import open_store

__all__ = [
    "COURT_OUTCOMES",
    "DATA",
    "OUTCOME_FAMILY",
    "confession_settings",
    "court_outcomes",
    "doc_events",
    "events_against",
    "expected_people",
    "family_id",
    "gold_expected",
    "gold_ledger_fixture",
    "gold_reading",
    "load_articles",
    "load_gold",
    "same_person",
    "words",
    "xfail_params",
]

DATA = Path(__file__).parent / "data"
# the scorer's outcome families: a sentence is a conviction, a discharge an acquittal
OUTCOME_FAMILY = {"sentenced": "convicted", "discharged": "acquitted"}
# the outcomes a court gives (an arrest or a charge is not the court's)
COURT_OUTCOMES = frozenset(
    {"acquitted", "convicted", "upheld", "overturned", "proclaimed_offender", "bail", "remanded"}
)

Reading = dict[str, tuple[bool, str | None]]


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The documents of a court-reports gold file (JSON lines)."""
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]


def load_articles(*names: str) -> list[dict[str, Any]]:
    """The articles of invented-article files in ``data/``, in file order."""
    return [
        article
        for name in names
        for article in json.loads((DATA / name).read_text(encoding="utf-8"))["articles"]
    ]


def family_id(article: dict[str, Any]) -> str:
    """The test id of an invented article: its family and the start of its text (these
    articles carry no id of their own)."""
    return f"{article['family']}:{article['text'][:40]}"


def xfail_params(
    items: Iterable[dict[str, Any]], ident: Callable[[dict[str, Any]], str]
) -> list[Any]:
    """One ``pytest.param`` per item, id ``ident(item)``; an item with an ``xfail`` field (the
    reason the ledger does not read it yet) is ``xfail(strict=True)``, so that a fix which
    makes it pass fails the run until the field is removed."""
    return [
        pytest.param(
            item,
            marks=[pytest.mark.xfail(strict=True, reason=item["xfail"])] if "xfail" in item else [],
            id=ident(item),
        )
        for item in items
    ]


def words(name: str, *, dot: str = " ", titles: Collection[str] = ()) -> frozenset[str]:
    """The words of a name as the scorer compares them: lower case, each ``.`` replaced by
    ``dot`` ("M.A." is "m a" or "ma" depending on the scorer followed), leading ``titles``
    dropped."""
    parts = name.lower().replace(".", dot).split()
    while parts and parts[0] in titles:
        parts = parts[1:]
    return frozenset(parts)


def same_person(gold: Iterable[frozenset[str]], have: Collection[frozenset[str]]) -> bool:
    """The scorer's test: one name equal, or, for names of two words or more each, one's
    words all among the other's ("Shamim" is not "Shamim Reza"; "Tariq Awan" is "Malik Tariq
    Awan")."""
    return any(g == n or (min(len(g), len(n)) >= 2 and (g <= n or n <= g))
               for g in gold for n in have)  # fmt: skip


def gold_ledger_fixture(path: Path) -> Any:
    """A module-scoped ``ledger`` fixture: the ledger JSON of every article of the gold file
    ``path``, ingested together as the court benchmark ingests them. Assign it to a module
    name (``ledger = gold_ledger_fixture(ARTICLES)``) so pytest finds it."""

    @pytest.fixture(scope="module", name="ledger")
    def ledger(nlp: Language) -> dict[str, Any]:
        with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "t.db")) as store:
            ingest_paths([path], store, nlp=nlp, after_ingest=rebuild)
            out: dict[str, Any] = store.ledger().to_json()
            return out

    return ledger


def gold_reading(
    doc: dict[str, Any],
    ledger: dict[str, Any],
    *,
    name_words: Callable[[str], frozenset[str]] = words,
    family: Mapping[str, str],
    accepted: Mapping[str, set[str]] | None = None,
    court: Collection[str] | None = None,
) -> Reading:
    """Each gold person of ``doc`` -> (accused in the article, their court outcome there):
    the gold outcome when a ruling of theirs there has one the scorer accepts for it
    (``accepted``, else the outcome itself), else one they have, else None. Outcomes are
    folded into the scorer's ``family`` and, when ``court`` is given, only those among the
    court outcomes count."""
    names = {e["id"]: {name_words(e["name"])} | {name_words(a) for a in e["aliases"]}
             for e in ledger["entities"]}  # fmt: skip
    events: dict[str, list[dict[str, Any]]] = {}
    for allegation in ledger["allegations"]:
        here = [ev for ev in allegation["events"] if ev["document_id"] == doc["id"]]
        for eid in allegation["accused"] if here else []:
            events.setdefault(eid, []).extend(here)
    out: Reading = {}
    for person in [*doc["gold"]["accused"], *doc["gold"]["not_accused"]]:
        gold = {name_words(n) for n in [person["name"], *person.get("also", [])]}
        ents = [eid for eid in events if same_person(gold, names[eid])]
        got = {family.get(ev["outcome"], ev["outcome"]) for eid in ents for ev in events[eid]
               if ev["kind"] == "ruling" and ev["outcome"]}  # fmt: skip
        if court is not None:
            got &= set(court)
        want = person.get("outcome")
        met = got & (accepted or {}).get(want, {want})
        outcome = want if met else min(got, default=None)
        out[person["name"]] = (bool(ents), outcome)
    return out


def gold_expected(doc: dict[str, Any], *, court: Collection[str] | None = None) -> Reading:
    """What ``gold_reading`` must give for ``doc``: each gold accused accused, with the gold
    outcome (only if among ``court`` when that is given: ``charged`` and ``arrested`` then ask
    only that the person be accused); no one else accused, nor with an outcome."""
    out = {p["name"]: (True, p["outcome"] if court is None or p["outcome"] in court else None)
           for p in doc["gold"]["accused"]}  # fmt: skip
    return out | {p["name"]: (False, None) for p in doc["gold"]["not_accused"]}


def events_against(
    ledger: Ledger,
    names: list[str],
    *,
    name_words: Callable[[str], frozenset[str]] = words,
) -> list[Event] | None:
    """Events on allegations accusing an entity that stands for the person (any of
    ``names``); None when nobody among the accused does."""
    accused = {a for allegation in ledger.allegations for a in allegation.accused}
    gold = [name_words(n) for n in names]
    ids = {
        e.id
        for e in ledger.entities
        if e.id in accused
        and same_person(gold, [name_words(n) for n in [e.name, *(x.name for x in e.aliases)]])
    }
    if not ids:
        return None
    return [ev for al in ledger.allegations if ids & set(al.accused) for ev in al.events]


def doc_events(
    doc: dict[str, Any], name: str, ledger: dict[str, Any], kind: str
) -> list[dict[str, Any]]:
    """The events of ``kind`` the ledger JSON holds against ``name`` in ``doc`` (a gold
    file's article), the entity found by the scorer's test of names (``same_person``)."""
    gold = [words(name)]
    ids = {e["id"] for e in ledger["entities"]
           if same_person(gold, [words(n) for n in [e["name"], *e["aliases"]]])}  # fmt: skip
    return [
        ev
        for allegation in ledger["allegations"]
        if ids & set(allegation["accused"])
        for ev in allegation["events"]
        if ev["document_id"] == doc["id"] and ev["kind"] == kind
    ]


def confession_settings(
    doc: dict[str, Any], ledger: dict[str, Any]
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """What a confession probe asks (got, want): for each person ``doc``'s gold lists, the
    settings of the confessions the ledger holds against them there, and the one the gold
    gives them (``confessed``; none for one who confessed nothing)."""
    people = [*doc["gold"]["accused"], *doc["gold"]["not_accused"]]
    got = {p["name"]: {ev["setting"] for ev in doc_events(doc, p["name"], ledger, "confession")}
           for p in people}  # fmt: skip
    want = {p["name"]: {p["confessed"]} if p.get("confessed") else set() for p in people}
    return got, want


def court_outcomes(doc: dict[str, Any], ledger: dict[str, Any]) -> tuple[Any, Any]:
    """What an outcome probe asks (got, want): each gold person's reading of the ledger - accused
    there, and with which court outcome, in the scorer's families - and what the gold lists."""
    got = gold_reading(doc, ledger, family=OUTCOME_FAMILY, court=COURT_OUTCOMES)
    return got, gold_expected(doc, court=COURT_OUTCOMES)


def expected_people(article: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """What an invented article asks of its people: each of ``expect`` accused, with what it
    lists for them; each of ``none`` not accused."""
    return {p: {"accused": True} | w for p, w in article["expect"].items()} | {
        p: {"accused": False} for p in article["none"]
    }
