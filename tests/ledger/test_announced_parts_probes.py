"""Invented probes (tie80) of reports that announce a group by its parts - "arrested a land
revenue officer, a broker and two Indian nationals", "arrested a clinic owner and two ward
attendants", "arrested the owner along with its manager and a security guard" - name each
member later by what they are, and tell a court's step on the group by its count, "both" or
"them": remand, custody and bail in the styles of Nepal, India, Bangladesh, Pakistan, Kenya,
Sri Lanka, Ghana, Bolivia and Moldova, with near misses (a count of victims, constables told
apart, one member absconding) (``data/announced_parts_probes.jsonl``). Each is ingested through
the real pipeline with the others and its ledger asked, person by person, as
``test_stepped_together_probes`` asks. A probe the ledger does not yet read carries ``xfail``
(its cause), run as ``xfail(strict=True)``."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ledger.inventory import (
    DATA,
    court_outcomes,
    gold_ledger_fixture,
    load_gold,
    xfail_params,
)

PROBES = DATA / "announced_parts_probes.jsonl"
_DOCS = load_gold(PROBES)
ledger = gold_ledger_fixture(PROBES)


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_person_of_a_probe(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    got, want = court_outcomes(doc, ledger)
    assert got == want
