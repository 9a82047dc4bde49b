"""Invented probes of den78: a denial told as a submission of the accused's side whose content
negates his part in the charge - "nothing was recovered from the possession of the applicant",
"he was not named in the FIR", "there was no evidence against him", "it was contended that he
had no role", "not present at the place of occurrence" - in Indian bail orders, Bangladeshi
and Nepali district reports, Pakistani court copy and civil-law wire; and near misses (the
prosecutor's submission, the court's own finding, the complainant's counsel, a co-accused, a
point of law only, "did not deny"). Each paragraph one ledger; a probe the ledger does not
read yet is a strict xfail, so a fix shows up."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from tests.ledger.invented import invented_ledger
from tests.ledger.inventory import DATA

_PROBES = json.loads((DATA / "den78_submission_probes.json").read_text("utf-8"))["probes"]


def _denied(nlp: Language, text: str) -> set[str]:
    ledger, names = invented_ledger(nlp, *text.split("||"))
    return {
        names[a]
        for allegation in ledger.allegations
        if any(e.kind == "denial" for e in allegation.events)
        for a in allegation.accused
    }


@pytest.mark.parametrize(
    ("text", "who"),
    [
        pytest.param(
            p["text"],
            p["deny"],
            id=p["note"],
            marks=[pytest.mark.xfail(strict=True)] if p["not_yet"] else [],
        )
        for p in _PROBES
    ],
)
def test_submission_probe(nlp: Language, text: str, who: list[str]) -> None:
    # by surname: the probes ask who denies, not how NER cut a name
    assert {n.split()[-1] for n in _denied(nlp, text)} == {n.split()[-1] for n in who}
