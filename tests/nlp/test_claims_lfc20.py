"""Confessions and retractions told in shapes the reader missed (invented sentences):

- a custodial admission of any doing told in the investigators' passive, by one the report
  accuses ("admitted during interrogation that the mixing was done at night";
  ``passive_deed.admits_passive_doing``), its clause hung on the phrase noun as a complement
  (``passive_deed.that_clauses_hung_on``);
- a subject the parser took for the object of the gerund that opens the clause ("during
  questioning the operator admitted ..."; ``gerund_subject``);
- a description the parser split from its name into two subjects ("The driver, X, 34, was
  arrested"; ``described_people._split_subjects``);
- the doer of an admitting gerund in a "by" phrase of means ("surprised the court by
  admitting the charge"; ``after_admitting``);
- a statement the police attribute to someone ("the admission police had attributed to him";
  ``police_say_made._police_attributed``).

Each with a near miss that must not read so.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of

_HELD = "Police arrested Imran Qadir on Tuesday. "


@pytest.mark.parametrize(
    "told",
    [
        "The inspector said Qadir had admitted during interrogation that the flour was mixed "
        "with chalk at night.",
        "The inspector said Qadir had admitted during initial interrogation that the gate was "
        "left open.",
    ],
)
def test_passive_doing_admitted_in_custody(nlp: Language, told: str) -> None:
    assert accused_of("confession", nlp, _HELD + told) == {"Imran Qadir"}


@pytest.mark.parametrize(
    "text",
    [
        # a witness questioned grants such things too
        "Police questioned the guard, Bashir Lodhi, on Tuesday. The inspector said Lodhi had "
        "admitted during interrogation that the gate was left open.",
        # a passive with its doer named is another's deed; a negated one grants nothing done
        _HELD + "The inspector said Qadir had admitted during interrogation that the gate was "
        "left open by the watchman.",
        _HELD + "The inspector said Qadir had admitted during interrogation that the gate was "
        "not left open.",
        # a state, not a thing done
        _HELD + "The inspector said Qadir had admitted during interrogation that the mill was "
        "closed that night.",
    ],
)
def test_passive_not_his_doing(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == set()


def test_subject_hung_on_opening_gerund(nlp: Language) -> None:
    text = (
        "The mechanic, Arif Sangi, was arrested on Monday. The inspector said that during "
        "questioning the mechanic admitted that he removed the brake pads."
    )
    assert accused_of("confession", nlp, text) == {"Arif Sangi"}


def test_gerund_object_with_a_subject_after_it(nlp: Language) -> None:
    # the clause has its own subject: the one questioned is not the one who admits
    text = (
        "The mechanic, Arif Sangi, was arrested on Monday. After questioning the mechanic, "
        "the inspector admitted that the workshop had been left unlocked."
    )
    assert accused_of("confession", nlp, text) == set()


def test_description_split_from_its_name(nlp: Language) -> None:
    # (the parser makes both "driver" and the name subjects of "was arrested")
    text = (
        "The driver, Hazrat Khan, 41, of Mardan, was arrested on Sunday. The inspector said "
        "the driver had admitted during interrogation that he carried the bags."
    )
    assert accused_of("confession", nlp, text) == {"Hazrat Khan"}


def test_two_subjects_joined_by_and_are_two_people(nlp: Language) -> None:
    text = (
        "The driver and Hazrat Khan were arrested on Sunday. The inspector said the driver "
        "had admitted during interrogation that he carried the bags."
    )
    assert "Hazrat Khan" not in accused_of("confession", nlp, text)


def test_admitting_as_the_means(nlp: Language) -> None:
    text = (
        "Police charged Kosal Meas with fraud. At the trial, Meas surprised the court by "
        "admitting the charge."
    )
    assert accused_of("confession", nlp, text) == {"Kosal Meas"}


def test_admitting_no_crime_as_the_means(nlp: Language) -> None:
    text = (
        "Police charged Kosal Meas with fraud. At the trial, the prosecutor surprised the "
        "court by admitting that a file was missing."
    )
    assert accused_of("confession", nlp, text) == set()


_CHARGED = "Police charged Ravi Solanki with the theft in May. "


@pytest.mark.parametrize(
    "told",
    [
        "In his own statement he told the court that the admission police had attributed to "
        "him was never his.",
        "His lawyer said the statement the police attribute to him was taken at night.",
    ],
)
def test_statement_the_police_attribute(nlp: Language, told: str) -> None:
    found = [
        c
        for c in claims_of(nlp, _CHARGED + told)
        if c.kind == "confession" and any(p.name == "Ravi Solanki" for p in c.participants)
    ]
    assert found and all(c.setting == "custodial" for c in found)


@pytest.mark.parametrize(
    "told",
    [
        # a witness's statement; an attribution the police never made
        "His lawyer said the statement the police attribute to the watchman Kamal Joshi was "
        "taken at night.",
        "His lawyer said the admission the police never attributed to him was a rumour.",
    ],
)
def test_statement_the_police_do_not_attribute(nlp: Language, told: str) -> None:
    assert accused_of("confession", nlp, _CHARGED + told) == set()
