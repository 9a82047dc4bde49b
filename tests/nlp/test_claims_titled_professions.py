"""A title that abbreviates a profession, written once with a name, and the profession's noun
after it (``nlp/claims/titled_professions.py``, ``RankTold``, nam75): "Dr X ran a clinic ...
police booked the doctor", "Engr X ... the court indicted the engineer", "Prof X ...
sentenced the professor". The title is remembered as a rank is, and "the NOUN" read back
under a rank's guards and stricter ones. Near misses: the titled person is the victim, two
people bear the title, the titled person is a witness, "a doctor" (no "the"), "the doctor of
another body", "the doctor on duty", "the junior doctor", another person described as a
doctor, an official by his office, a titled person written three sentences before, a title
that abbreviates no profession ("Justice X"). Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, roles


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # Indian local paper: the title with a full stop, the arrest in a second clause
        ("Dr. Anil Mehrotra owns a diagnostic centre in Indore. The health department "
         "sealed the centre and the police booked the doctor for conducting illegal tests.",
         "charge", "Anil Mehrotra"),
        # Urdu-press English: an engineer indicted
        ("Engr Shahid Nawaz headed the roads division in Mardan until last year. The "
         "anti-corruption court indicted the engineer for approving bills for roads that "
         "were never built.", "charge", "Shahid Nawaz"),
        # Bangladeshi district report: a professor sentenced
        ("Prof Abdul Karim Mollah taught chemistry at a college in Rajshahi. A court on "
         "Monday sentenced the professor to five years for leaking question papers.",
         "ruling", "Abdul Karim Mollah"),
        # Nepali English: a court's remand
        ("Dr Suman Kafle ran a nursing home in Butwal. The District Court remanded the "
         "doctor in custody for five days on charges of selling kidneys.", "ruling",
         "Suman Kafle"),
        # East African wire copy: an arrest
        ("Dr Wanjiru Kariuki operated a clinic in Thika. Detectives arrested the doctor on "
         "Friday over the death of a patient after a botched procedure.", "arrest",
         "Wanjiru Kariuki"),
        # Bangladeshi: a case filed against the engineer
        ("Engr Mahbubul Alam Chowdhury was the executive engineer of the works department in "
         "Sylhet. The commission filed a case against the engineer for amassing wealth.",
         "charge", "Mahbubul Alam Chowdhury"),
    ],
)  # fmt: skip
def test_the_profession_a_title_abbreviates_stands_for_the_titled_person(
    nlp: Language, text: str, kind: str, name: str
) -> None:
    accused = {n.removeprefix("Engr ") for n in accused_of(kind, nlp, text)}
    assert name in accused


@pytest.mark.parametrize(
    ("text", "not_accused"),
    [
        # the titled person is the victim
        ("Dr Farhan Qureshi was shot dead outside his clinic in Quetta on Sunday. Police "
         "arrested Jamil Ahmed for killing the doctor.", "Farhan Qureshi"),
        # two people bear the title: "the doctor" says neither
        ("Dr Nadia Hassan and Dr Omar Siddiqui worked at the same hospital in Rawalpindi. "
         "Police arrested the doctor over the forged certificates.", "Nadia Hassan"),
        ("Dr Nadia Hassan and Dr Omar Siddiqui worked at the same hospital in Rawalpindi. "
         "Police arrested the doctor over the forged certificates.", "Omar Siddiqui"),
        # a witness who conducted the post-mortem
        ("Police arrested Rashid Mehmood for poisoning his brother in Sahiwal. Dr Ayesha "
         "Rauf, who conducted the post-mortem, told the court the victim had been given "
         "pesticide. The doctor was cross-examined by the defence.", "Ayesha Rauf"),
        # "a doctor": another one
        ("Dr Imran Butt runs a clinic in Gujrat. Police arrested a doctor in Sialkot for "
         "selling fake certificates.", "Imran Butt"),
        # "the doctor of" another hospital says which: not the titled one
        ("Dr Imran Butt runs a clinic in Gujrat. Police arrested the doctor of a private "
         "hospital in Sialkot for selling fake certificates.", "Imran Butt"),
        # a judge's title abbreviates no profession the report reads back
        ("Justice Tariq Rauf heard the appeal in Lahore. Police arrested the judge's "
         "driver for theft.", "Tariq Rauf"),
    ],
)  # fmt: skip
def test_the_titled_person_is_not_accused_where_the_noun_does_not_say_him(
    nlp: Language, text: str, not_accused: str
) -> None:
    claims = claims_of(nlp, text)
    assert "accused" not in roles(claims).get(not_accused, set())


@pytest.mark.parametrize(
    ("text", "not_accused"),
    [
        # the medical superintendent speaks of another, unnamed doctor
        ("Dr Saima Nawaz, the hospital's medical superintendent, said the doctor on duty had "
         "been arrested for negligence.", "Saima Nawaz"),
        ("Dr Saima Nawaz, the hospital's medical superintendent, said the junior doctor had "
         "been arrested for negligence.", "Saima Nawaz"),
        # another person is described with the noun: "the doctor" may be him
        ("Dr Saima Nawaz runs the hospital in Okara. Bilal Hussain, a doctor from Kasur, "
         "worked there until May. Police arrested the doctor for forging prescriptions.",
         "Saima Nawaz"),
    ],
)  # fmt: skip
def test_the_noun_that_says_which_or_another_bearer_leaves_the_titled_person(
    nlp: Language, text: str, not_accused: str
) -> None:
    claims = claims_of(nlp, text)
    assert "accused" not in roles(claims).get(not_accused, set())


@pytest.mark.parametrize(
    ("text", "not_accused"),
    [
        # an official by his office, speaking of a doctor he does not name
        ("Dr Saima Nawaz, the district health officer, visited the hospital in Okara. "
         "Police arrested the doctor for forging prescriptions.", "Saima Nawaz"),
        # written long before: "the doctor" further on may be another
        ("Dr Saima Nawaz runs a hospital in Okara. The hospital has forty beds. Its "
         "pharmacy opened last year. Police arrested the doctor for forging "
         "prescriptions.", "Saima Nawaz"),
    ],
)  # fmt: skip
def test_a_titled_person_with_an_office_or_written_far_before_is_not_the_noun(
    nlp: Language, text: str, not_accused: str
) -> None:
    claims = claims_of(nlp, text)
    assert "accused" not in roles(claims).get(not_accused, set())
