"""Mini-articles of court and police reporting from India, Bangladesh, Nepal and Pakistan
("booked under sections 302 and 120B of the IPC", "an FIR was registered against", "named in
the FIR", "charge-sheeted", "framed charges", "accused No. 2", initials and honorifics, "alias",
"the apex court", "sentenced in absentia", "slapped a life sentence", "remanded to judicial
custody", "police remand", the complainant, the survivor's father, the public prosecutor, the
amicus curiae, a bench "of Justices X and Y"), written blind before the claim readers were
read, in the court-reports gold format (``data/south_asia_articles.jsonl``; score them with
``benchmarks/court.py --gold``). Each is ingested through the real pipeline and its ledger
asked, person by person: is each gold accused accused in that article, with the gold court
outcome where the article tells one (``charged`` and ``arrested`` ask only that the person be
accused, as the scorer's charged figure does; where gold has no court outcome the ledger must
give none), and is no complainant, relative, judge, prosecutor or officer accused? An article
the ledger does not yet read carries ``xfail`` (its reason), run as ``xfail(strict=True)``."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from corroborate.ingest import ingest_paths
from corroborate.ledger.store import rebuild
from corroborate.store import open_store

ARTICLES = Path(__file__).parent / "data" / "south_asia_articles.jsonl"
_DOCS = [json.loads(line) for line in ARTICLES.read_text("utf-8").splitlines() if line]
# the scorer's outcome families: a sentence is a conviction, a discharge an acquittal; an
# appeal court's acquittal of the convicted ("overturned") is also met by "acquitted"
_FAMILY = {"sentenced": "convicted", "discharged": "acquitted"}
_ACCEPTED = {"overturned": {"overturned", "acquitted"}}
_COURT = {
    "acquitted",
    "convicted",
    "upheld",
    "overturned",
    "proclaimed_offender",
    "bail",
    "remanded",
}


def _words(name: str) -> frozenset[str]:
    return frozenset(name.lower().replace(".", " ").split())


def _same(gold: set[frozenset[str]], ledger: set[frozenset[str]]) -> bool:
    """One name equal, or for names of two words or more, one's words among the other's."""
    return any(g == n or (min(len(g), len(n)) >= 2 and (g <= n or n <= g))
               for g in gold for n in ledger)  # fmt: skip


@pytest.fixture(scope="module")
def ledger(nlp: Language) -> dict[str, Any]:
    """The ledger of every article, ingested together as the court benchmark ingests."""
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "t.db")) as store:
        ingest_paths([ARTICLES], store, nlp=nlp, after_ingest=rebuild)
        ledger: dict[str, Any] = store.ledger().to_json()
        return ledger


def reading(doc: dict[str, Any], ledger: dict[str, Any]) -> dict[str, tuple[bool, str | None]]:
    """Each gold person of ``doc`` -> (accused in the article, their court outcome there):
    the gold outcome when a ruling of theirs there has one the scorer accepts for it, else
    one they have, else None."""
    names = {e["id"]: {_words(e["name"])} | {_words(a) for a in e["aliases"]}
             for e in ledger["entities"]}  # fmt: skip
    events: dict[str, list[dict[str, Any]]] = {}
    for allegation in ledger["allegations"]:
        here = [ev for ev in allegation["events"] if ev["document_id"] == doc["id"]]
        for eid in allegation["accused"] if here else []:
            events.setdefault(eid, []).extend(here)
    out: dict[str, tuple[bool, str | None]] = {}
    for person in [*doc["gold"]["accused"], *doc["gold"]["not_accused"]]:
        gold = {_words(n) for n in [person["name"], *person.get("also", [])]}
        ents = [eid for eid in events if _same(gold, names[eid])]
        got = {_FAMILY.get(ev["outcome"], ev["outcome"]) for eid in ents for ev in events[eid]
               if ev["kind"] == "ruling" and ev["outcome"]} & _COURT  # fmt: skip
        want = person.get("outcome")
        met = got & _ACCEPTED.get(want, {want})
        outcome = want if met else min(got, default=None)
        out[person["name"]] = (bool(ents), outcome)
    return out


def expected(doc: dict[str, Any]) -> dict[str, tuple[bool, str | None]]:
    out = {p["name"]: (True, p["outcome"] if p["outcome"] in _COURT else None)
           for p in doc["gold"]["accused"]}  # fmt: skip
    return out | {p["name"]: (False, None) for p in doc["gold"]["not_accused"]}


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(
            d,
            marks=[pytest.mark.xfail(strict=True, reason=d["xfail"])] if "xfail" in d else [],
            id=d["id"],
        )
        for d in _DOCS
    ],
)
def test_each_person_of_a_south_asian_article(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    assert reading(doc, ledger) == expected(doc)


def test_the_articles_name_accused_and_others() -> None:
    assert len(_DOCS) >= 40
    for doc in _DOCS:
        assert doc["gold"]["accused"], doc["id"]
        assert doc["text"].count(". ") >= 2, doc["id"]  # articles, not sentences
