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

from typing import Any

import pytest

from tests.ledger.inventory import (
    DATA,
    gold_expected,
    gold_ledger_fixture,
    gold_reading,
    load_gold,
    xfail_params,
)

ARTICLES = DATA / "south_asia_articles.jsonl"
_DOCS = load_gold(ARTICLES)
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

ledger = gold_ledger_fixture(ARTICLES)


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_person_of_a_south_asian_article(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    found = gold_reading(doc, ledger, family=_FAMILY, accepted=_ACCEPTED, court=_COURT)
    assert found == gold_expected(doc, court=_COURT)


def test_the_articles_name_accused_and_others() -> None:
    assert len(_DOCS) >= 40
    for doc in _DOCS:
        assert doc["gold"]["accused"], doc["id"]
        assert doc["text"].count(". ") >= 2, doc["id"]  # articles, not sentences
