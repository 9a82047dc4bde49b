"""The reading out81 added to a court's measure before trial: custody named as the measure's
content in an "in the form of" phrase, as post-Soviet wire copy writes it ("chose a measure
of restraint in the form of arrest for two months for X") - a remand of whom the measure is
for, the "for" phrase hung on the verb's length, on the measure or on the form's content.

Invented sentences and names; the reading with paraphrases (a name, a surname, a pronoun),
and near misses that must not fire: a measure only asked for or rejected, a form that is no
custody, a measure that names no form, the judge and the prosecutor named beside it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = "Investigators detained Rauf Kazimov, a customs broker, on Monday over smuggled tea.\n\n"
NAME = "Rauf Kazimov"


@pytest.mark.parametrize(
    "text",
    [
        "The Nasimi District Court chose a measure of restraint in the form of arrest for "
        "four months for Rauf Kazimov.",
        "On Tuesday the court chose a measure of restraint for him in the form of detention "
        "until 14 March.",
        "The district court chose a measure of restraint in the form of house arrest for Kazimov.",
        "Judge Leyla Abbasova imposed a measure of restraint in the form of detention on "
        "Rauf Kazimov.",
    ],
)
def test_custody_as_a_measures_form_is_a_remand(nlp: Language, text: str) -> None:
    assert NAME in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors asked the court to choose a measure of restraint in the form of arrest "
        "for him.",
        "The court rejected a measure of restraint in the form of arrest for Kazimov.",
        "The court chose a measure of restraint for Kazimov in the form of a written "
        "undertaking not to leave the city.",
        "The court chose a measure of restraint for Kazimov.",
        "He paid the debt in the form of cash.",
    ],
)
def test_no_custody_chosen_is_no_remand(nlp: Language, text: str) -> None:
    assert NAME not in accused_of("ruling", nlp, LEDE + text, "remanded")


def test_only_the_one_the_measure_is_for_is_held(nlp: Language) -> None:
    text = (
        LEDE + "At the request of prosecutor Elchin Bayramov, Judge Leyla Abbasova chose a "
        "measure of restraint in the form of arrest for Kazimov."
    )
    held = accused_of("ruling", nlp, text, "remanded")
    assert NAME in held
    assert not held & {"Elchin Bayramov", "Leyla Abbasova"}
