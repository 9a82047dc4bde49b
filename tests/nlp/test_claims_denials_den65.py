"""Harm denied to one the lexicon does not know for a person, den65: '"He did not touch the
doctor," she said' after a report of "assaulting a woman doctor". The harm verb's object is
a person where the report itself tells that noun as one elsewhere - harmed ("attacked a
cashier", "the doctor was beaten", "the assault on a nurse") or written with a name ("Nurse
Anitha") - (``harm_denied._a_person_in_the_report``). The quote's speaker named after it
("..., " his wife said / she said) was tied already; the miss was the object. Invented
sentences and names, in several countries' words; paraphrases that must read and near
misses that must not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_KOCHI = "The court remanded Suresh Nair, 41, over the assault on a nurse. "
_GDANSK = "Police arrested Tomasz Nowak for attacking a cashier at a petrol station in Gdansk. "
_PATNA = "Ravi Kumar was arrested after the doctor was beaten in the casualty ward. "
_LAGOS = "Police arrested Emeka Obi after a fight in which Nurse Ada Okafor was hurt. "
_LODZ = "Police arrested Jan Kowalski after a brawl at a clinic in Lodz. "
_OSLO = "Police arrested Jonas Berg after a car was damaged outside a bar. "


@pytest.mark.parametrize(
    ("told", "said", "who"),
    [
        (
            _KOCHI,
            'Nair\'s wife, Leela, spoke to reporters. "He did not touch the nurse," she said.',
            "Suresh Nair",
        ),
        (
            _KOCHI,
            '"He did not hit the nurse. He only pulled his brother away," his wife Leela said.',
            "Suresh Nair",
        ),
        (_GDANSK, '"I never touched the cashier," Nowak told the court.', "Tomasz Nowak"),
        (_GDANSK, "Nowak's lawyer said his client had not pushed the cashier.", "Tomasz Nowak"),
        (_PATNA, '"My son did not slap the doctor," his mother, Kamala, said.', "Ravi Kumar"),
        (_LAGOS, '"I never pushed the nurse," Obi said.', "Emeka Obi"),
        (
            _LODZ + 'The receptionist said she was shaken. "I never pushed the receptionist," '
            "Kowalski said.",
            "",
            "Jan Kowalski",
        ),
        (
            _LODZ + "The receptionist told police what she saw.",
            " Kowalski's lawyer said his client did not hit the receptionist.",
            "Jan Kowalski",
        ),
    ],
)
def test_harm_denied_to_one_the_report_tells_as_a_person(
    nlp: Language, told: str, said: str, who: str
) -> None:
    assert accused_of("denial", nlp, told + said) == {who}


@pytest.mark.parametrize(
    "text",
    [
        # a thing hit, which the report told as no one harmed
        _OSLO + '"I never hit the car," Berg told the court.',
        # a nurse the report never told as harmed or named: still no person by the lexicon
        'Police arrested Tomasz Nowak over a stolen phone. "I never pushed the cashier," '
        "Nowak said.",
        # a receptionist the report never tells as speaking, harmed or named
        _LODZ + '"I never pushed the receptionist," Kowalski said.',
        # a paper "says" too: no person
        _LODZ + 'The report said the clinic lost two days of work. "I never hit the report," '
        "Kowalski said.",
        # the quote heard from someone the court heard from, not said by the accused's side
        _GDANSK + '"He did not touch the cashier," the court heard from Nowak\'s lawyer Anna Lis.',
    ],
)
def test_harm_not_to_a_told_person_or_not_the_accuseds_side(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()
