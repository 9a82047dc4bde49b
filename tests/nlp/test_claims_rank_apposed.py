"""An official called by the office apposed to his name ("X, the block development officer,",
"a former excise inspector, X", "a customs officer, X") or by a rank with a courtesy title
between ("medical superintendent Dr X"), then by the office alone: "the inspector denies",
"the officer confessed" are his (``nlp/claims/rank_told.py``, ``_apposed_rank``), on invented
sentences; and where the office stands for no one or for someone else: the investigating
officer who speaks, two bearers of the noun, a plural, a rank with its own clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The vigilance wing arrested Mohan Lal Verma, the block development officer, on "
            "Tuesday for taking a bribe from a contractor. The officer denied the charge.",
            "Mohan Lal Verma",
        ),
        (
            "A special court in Quetta convicted a former excise inspector, Abdul Wahid "
            "Kakar, of extortion on Monday. The inspector had pleaded not guilty.",
            "Abdul Wahid Kakar",
        ),
        (
            "Police in Mombasa charged a port customs officer, Peter Kiprono, with abetting "
            "the theft of containers. The officer denied the charges in court.",
            "Peter Kiprono",
        ),
        (
            "Police arrested medical superintendent Dr Anwar Sadiq on Friday after three "
            "patients died of expired oxygen. The superintendent denied the allegations.",
            "Anwar Sadiq",
        ),
    ],
)
def test_the_office_apposed_is_the_accused_official_who_denies(
    nlp: Language, text: str, who: str
) -> None:
    assert who in accused_of("denial", nlp, text)


def test_the_office_apposed_confesses(nlp: Language) -> None:
    text = (
        "Police in Kumasi arrested a revenue officer, Yaw Boateng, on suspicion of pocketing "
        "market tolls. A police spokesman said the officer had confessed."
    )
    assert "Yaw Boateng" in accused_of("confession", nlp, text)


def test_the_investigating_officer_apposed_is_no_accused(nlp: Language) -> None:
    text = (
        "Naveed Iqbal was arrested on Sunday for stealing a motorcycle. Tariq Mehmood, the "
        "investigating officer, told the court the accused had confessed. The officer said "
        "the motorcycle was recovered."
    )
    assert "Tariq Mehmood" not in accused_of("confession", nlp, text)
    assert "Tariq Mehmood" not in accused_of("arrest", nlp, text)


def test_two_officers_leave_the_office_to_no_one(nlp: Language) -> None:
    text = (
        "The anti-graft unit arrested a customs officer, Arjun Thapa, on Monday. Bikash "
        "Rai, the investigating officer, said he had taken money from traders. The officer "
        "denied the charge."
    )
    assert accused_of("denial", nlp, text) == set()


def test_a_victim_officer_apposed_is_not_made_the_accused(nlp: Language) -> None:
    text = (
        "Ramesh Gupta was arrested for attacking Sunil Rawat, a traffic officer, at a "
        "checkpoint. The officer said he had been punched twice."
    )
    assert "Sunil Rawat" not in accused_of("arrest", nlp, text)
    assert "Sunil Rawat" not in accused_of("denial", nlp, text)


def test_a_plural_office_is_a_group_not_the_one_apposed(nlp: Language) -> None:
    text = (
        "Police arrested Imtiaz Ali, a customs officer, at the border on Monday. The "
        "officers denied beating him."
    )
    assert "Imtiaz Ali" not in accused_of("denial", nlp, text)
