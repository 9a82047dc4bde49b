"""Invented short reports from Pakistan, India, Bangladesh, Nepal and seven other countries
(Urdu-press English, Indian legal news, Bangladeshi district reports, Nepali English, wire
copy and local papers), each naming one to three accused beside people and bodies in ordinary
roles who are not: the complainant who lodged the FIR, the owner whose goods were stolen, the
officer who made the arrest or gave the briefing, an officer suspended for negligence, a
relative who stood surety, a bank, firm or hospital whose money or goods were taken, a gang or
ring told only as a group word, a witness who identified the accused; and near misses that are
accused - an official who took the bribe, a complainant arrested for a false complaint, a
company charged as a company (``data/party_roles_probes.jsonl``, the court-reports gold
format). prec79's probes (ids ``p79-``) add places that read like a man's name (a mohalla, a
basti, a chowk, a mosque, a bench named after its town) and bodies that speak for the accused
(a party, a union, a firm) with a "he" or "she" right after them, and victims named after the
deed's noun ("for killing a tourist guide, Y"). Each report is read alone through the real
pipeline; none of its gold ``not_accused`` may be accused. A report the ledger does not yet
read so carries ``xfail`` (its reason), run as ``xfail(strict=True)``."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tests.ledger.invented import others_accused
from tests.ledger.inventory import DATA, load_gold, xfail_params

_PROBES = load_gold(DATA / "party_roles_probes.jsonl")


@pytest.mark.parametrize("doc", xfail_params(_PROBES, lambda d: str(d["id"])))
def test_no_one_in_an_ordinary_role_is_accused(nlp: Language, doc: dict[str, Any]) -> None:
    assert not others_accused(nlp, doc)


def test_the_probes_name_accused_and_others() -> None:
    assert len(_PROBES) >= 30
    for doc in _PROBES:
        assert doc["gold"]["accused"], doc["id"]
    assert sum(1 for doc in _PROBES if doc["gold"]["not_accused"]) >= 35
