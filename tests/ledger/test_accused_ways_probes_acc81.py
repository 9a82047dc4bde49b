"""Invented probes of the ordinary ways a report tells who is accused, written by acc81 before
the open sets' misses were read: the accused told only as the object of an arrest with a
description ("nabbed a suspect identified as X"), in a list after a count ("The three accused -
X, Y and Z -"), by an appositive role ("The driver, X,"), a passive with an agent ("X was named
in the FIR by the complainant"), a relative clause ("X, who was wanted in ...", "X, against whom
a case was registered"), a name first told in a quotation, a nickname ("X, better known as Y",
"X alias Y"), a company as the accused; a lede that arrests a group by its parts or one person
by what they are and names them sentences later ("The clerk, X, ..."); in the styles of
Pakistan, India, Bangladesh, Nepal, Ghana, Kenya, Azerbaijan, Guatemala and North Macedonia
(``data/accused_ways_probes_acc81.jsonl``). Each is ingested through the real pipeline with
the others and its ledger asked: is each listed accused accused in that report, and no one
else? A probe the ledger does not yet read carries ``xfail`` (its cause), run as
``xfail(strict=True)``. Probes ``e..``, ``g..`` and ``n..`` are near misses: a victim, a
witness, a complainant, an employer, another of the lede's kind."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ledger.inventory import DATA, gold_ledger_fixture, gold_reading, load_gold, xfail_params

PROBES = DATA / "accused_ways_probes_acc81.jsonl"
_DOCS = load_gold(PROBES)

ledger = gold_ledger_fixture(PROBES)


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_listed_person_of_a_probe(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    reading = gold_reading(doc, ledger, family={})
    accused = {name for name, (found, _) in reading.items() if found}
    assert accused == {p["name"] for p in doc["gold"]["accused"]}
