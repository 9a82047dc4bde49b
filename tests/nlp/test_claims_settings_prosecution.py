"""conf83: in the civil-law and Gulf systems the prosecution questions a suspect before any
trial, as the police do, so a confession told "to" or "before" the prosecution or a prosecutor
("confessed to the Public Prosecution that ...", "confessed before the prosecutors", "in his
statement to the prosecutor", "during the prosecution's questioning") was made in custody
(``kinds.json`` custodial); near misses: an admission under an agreement "with" the prosecution
(a plea agreement, judicial where the court is named), and a prosecution witness, service or
case a phrase names ("objected to the prosecution witness"), none a hearer of a confession."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.kinds import setting_in
from tests.nlp.test_claims_confessions_conf35 import settings


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A Dubai court jailed Rami Aziz for three years for stealing from a jewellery "
            "shop. Aziz confessed before the prosecutors, according to court records.",
            "Rami Aziz",
        ),
        (
            "The Sharjah Criminal Court jailed Imran Malik for five years for fraud. Malik had "
            "confessed to the public prosecution that he forged the documents.",
            "Imran Malik",
        ),
        (
            "Police in Bahrain arrested Ali Hassan for the murder of a shopkeeper. He confessed "
            "to the murder in front of the Public Prosecution, the prosecutor said.",
            "Ali Hassan",
        ),
        (
            "Turkish police detained Ahmet Kaya over the killing of a teacher. In his statement "
            "to the prosecutor, Kaya confessed to the killing.",
            "Ahmet Kaya",
        ),
        (
            "Prosecutors in Seoul indicted Kim Min-jun on charges of murdering his mother. Kim "
            "admitted to the charges during the prosecution's questioning, the prosecutors said.",
            "Kim Min-jun",
        ),
    ],
)
def test_confession_to_the_prosecution_is_custodial(nlp: Language, text: str, name: str) -> None:
    assert settings(nlp, text, name) == {"custodial"}


def test_admission_under_an_agreement_with_the_prosecution_is_not_custodial(
    nlp: Language,
) -> None:
    text = (
        "Prosecutors in Tbilisi charged Giorgi Lomidze with fraud. Lomidze admitted his guilt "
        "before the city court under an agreement with the prosecution."
    )
    assert settings(nlp, text, "Giorgi Lomidze") == {"judicial"}


@pytest.mark.parametrize(
    ("phrase", "setting"),
    [
        ("confessed to the Public Prosecution", "custodial"),
        ("admitted it to the prosecutor's office", "custodial"),
        ("before the district prosecutor", "custodial"),
        ("an agreement with the prosecution", None),
        ("objected to the prosecution witness", None),
        ("referred to the prosecution's case", None),
        ("reported to the Public Prosecution Service", None),
    ],
)
def test_prosecution_hearer_phrase(phrase: str, setting: str | None) -> None:
    assert setting_in(phrase) == setting
