"""Invented short reports from Pakistan, India, Bangladesh, Nepal and a few other countries
(Urdu-press English, Indian legal news, Bangladeshi district reports, Nepali English, wire
copy), each naming one or two accused beside people in ordinary roles who are not: the one a
mob, jirga, panchayat, salish, villagers or an employer blamed and then punished, a complainant,
a relative, a witness, an official, a judge, a man questioned and let go, a suspect cleared
(``data/lay_blame_probes.jsonl``, in the court-reports gold format). Each report is read alone
through the real pipeline; none of its gold ``not_accused`` may be accused. A report the
ledger does not yet read so carries ``xfail`` (its reason), run as ``xfail(strict=True)``."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tests.ledger.invented import others_accused
from tests.ledger.inventory import DATA, load_gold, xfail_params

_PROBES = load_gold(DATA / "lay_blame_probes.jsonl")


@pytest.mark.parametrize("doc", xfail_params(_PROBES, lambda d: str(d["id"])))
def test_no_one_in_an_ordinary_role_is_accused(nlp: Language, doc: dict[str, Any]) -> None:
    assert not others_accused(nlp, doc)


def test_the_probes_name_accused_and_others() -> None:
    assert len(_PROBES) >= 30
    for doc in _PROBES:
        assert doc["gold"]["not_accused"], doc["id"]
