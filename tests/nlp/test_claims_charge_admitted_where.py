"""An admission of the charge is a plea only before a court: "admitted to the charges during his
interrogation", "admitted the charges while in police custody", "in his statement to the police"
are confessions in custody, with no guilty plea and no conviction; "admitted the charge before
the magistrate", "when the indictment was read in court", "while in custody at a hearing in ...
court" stay pleas (``nlp.claims.charge_admitted_where``). Sentences and names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.extract import Analysis
from tests.nlp.readings import analysis_of, settings_of


def _convicted(analysis: Analysis, name: str) -> bool:
    return any(
        c.kind == "ruling" and c.outcome == "convicted"
        and any(p.name == name and p.role == "accused" for p in c.participants)
        for c in analysis.claims
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Prosecutors said Tomasz Wrona had admitted to the charges of bribery during his "
            "interrogation.",
            "Tomasz Wrona",
        ),
        (
            "Police arrested Naveed Akhtar in a robbery case. Naveed Akhtar admitted the charges "
            "while in police custody, the SHO said.",
            "Naveed Akhtar",
        ),
        (
            "Police arrested Hari Prasad Koirala on charges of fraud. Hari Prasad Koirala admitted "
            "to the charge during questioning.",
            "Hari Prasad Koirala",
        ),
        ("Amina Bello admitted the charges in her statement to the police.", "Amina Bello"),
    ],
)
def test_the_charge_admitted_in_custody_is_no_plea(nlp: Language, text: str, name: str) -> None:
    analysis = analysis_of(nlp, text)
    assert settings_of(analysis, "confession", name) == {"custodial"}
    assert not _convicted(analysis, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Joseph Mutua admitted the charge of theft before the magistrate.", "Joseph Mutua"),
        ("Liam Walsh admitted the charges when the indictment was read in court.", "Liam Walsh"),
        (
            "Conor Byrne admitted the charge while in custody at a hearing in Tralee District "
            "Court.",
            "Conor Byrne",
        ),
        ("Dean Fowler admitted two counts of burglary.", "Dean Fowler"),
    ],
)
def test_the_charge_admitted_before_a_court_stays_a_plea(
    nlp: Language, text: str, name: str
) -> None:
    analysis = analysis_of(nlp, text)
    assert settings_of(analysis, "confession", name) == {"judicial"}
    assert _convicted(analysis, name)
