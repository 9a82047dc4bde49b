"""Invented probes of reports that name one or two accused in one naming custom beside a
victim and an official, with an ordinary step (``data/naming_custom_probes.jsonl``, written
by acc74): a first name and an initial ("Mihai D."), Kyrgyz "uulu" and "kyzy", a Russian
patronymic, Spanish and Portuguese double surnames with "de la" and "dos", Arabic "bin" and
"al-", Nepali, Bengali, Sinhala and Tamil names (initials first: "K. Murugesan"), Chinese,
Vietnamese, Korean, Japanese and Hungarian name order, one-word names, the honorifics Haji,
Sardar, Chaudhry, Engr, Dr and Sheikh, Ethiopian, Somali, Nigerian, Kenyan, Thai, Filipino,
Dutch, Georgian and Turkish names, "s/o" and "son of", an alias; the ``d..`` probes name the
accused again later by the part the custom uses (the given name, the first surname, "al-X").
Each is ingested through the real pipeline with the others and its ledger asked: is each
listed accused accused in that report, and is no victim, official or relative listed beside
them accused? A probe the ledger does not yet read carries ``xfail`` (its cause), run as
``xfail(strict=True)``. Probes ``n..`` are near misses: a victim and an officer written with
initials, a court and a town whose names hold words of people's names.

Probes ``e..`` and ``f..`` (nam75) tell what acc74 left: two people of several customs joined
by "and" (Nepali, Pakistani, Bangladeshi, Indian, Sri Lankan, Nigerian, Kenyan, Indonesian,
Filipino, Egyptian), name particles ("dos", "da", "de", "van", "bin", "ul", "ud", "al-", the
Vietnamese "Do"), a lawyer's title ("Advocate X", "Barrister X": counsel, never accused), and
a title that abbreviates a profession with the profession's noun after it ("Dr X ... the
doctor", "Engr X ... the engineer", "Prof X ... the professor"), with near misses (firms
joined by "and", two places, two victims, a titled victim, two doctors, a doctor who is a
witness)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ledger.inventory import DATA, gold_ledger_fixture, gold_reading, load_gold, xfail_params

PROBES = DATA / "naming_custom_probes.jsonl"
_DOCS = load_gold(PROBES)

ledger = gold_ledger_fixture(PROBES)


@pytest.mark.parametrize("doc", xfail_params(_DOCS, lambda d: str(d["id"])))
def test_each_listed_person_of_a_probe(doc: dict[str, Any], ledger: dict[str, Any]) -> None:
    reading = gold_reading(doc, ledger, family={})
    accused = {name for name, (found, _) in reading.items() if found}
    assert accused == {p["name"] for p in doc["gold"]["accused"]}
