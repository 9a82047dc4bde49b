"""Blame laid by private punishers is no allegation (``claims.lay_blame``): a mob, a village
council (jirga, panchayat, salish), villagers or an employer who accuse someone and, in the same
sentence, flog, parade, beat or force him - he is the victim the report is about. The police's
or a court's accusation stays, as does an accusation whose sentence tells no harm done to the
one blamed, and the deed he is blamed for is never the harm. Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.ledger.invented import accused_names
from tests.nlp.test_claims import accused_of

_BLAMED_AND_SET_UPON = [
    # a village council that blames and orders a punishment
    "A panchayat in Karnal accused a labourer, Mohan Lal, of stealing a buffalo and ordered "
    "that he be paraded through the village.",
    "A salish in Bogura accused a young widow, Amena Begum, of an affair and ordered that she "
    "be lashed in public.",
    "The village jirga accused a shepherd, Sher Ali, of helping his sister elope and ordered "
    "that he be whipped.",
    # villagers, residents, a crowd, an employer
    "Villagers in Dhanusha accused an elderly woman, Phulmati Devi, of sorcery and forced her "
    "to drink dirty water.",
    "Residents accused a vendor, Kabir Ahmed, of cheating them and beat him with bamboo sticks.",
    "Her employers accused a housemaid, Rupa Khatun, of stealing a ring and tied her to a "
    "window grille.",
]


@pytest.mark.parametrize("text", _BLAMED_AND_SET_UPON)
def test_blame_laid_by_private_punishers_accuses_no_one(nlp: Language, text: str) -> None:
    assert accused_of("accusation", nlp, text) == set()


def test_the_victim_of_a_jirga_is_not_the_accused_of_its_case(nlp: Language) -> None:
    text = (
        "A jirga in Kashmore ordered that a farm hand, Nazir Ahmed, be flogged after accusing "
        "him of stealing a goat. Police arrested the jirga's head, Wadero Ghulam Qadir, and "
        "another member, Saeed Jatoi, on Monday."
    )
    names = accused_names(nlp, text)
    assert "Nazir Ahmed" not in names
    assert "Saeed Jatoi" in names


def test_the_panchayat_members_stay_accused(nlp: Language) -> None:
    text = (
        "A khap panchayat in Rohtak accused a Dalit youth, Anil Kumar, of insulting a family "
        "and ordered that he be paraded with a blackened face. Police booked the sarpanch, "
        "Jagbir Singh, and his cousin Dharam Pal Malik under the SC/ST Act."
    )
    names = accused_names(nlp, text)
    assert "Anil Kumar" not in names
    assert {"Jagbir Singh", "Dharam Pal Malik"} <= names


_STILL_ACCUSED = [
    # the law's accusation stays, even of one it then beats
    ("Police accused a trader, Vikas Jain, of hoarding rice and beat him in the lockup.",
     {"Vikas Jain"}),
    # a lay accuser whose sentence tells no harm done to the one blamed
    ("Villagers accused the headman, Ram Bahadur Thapa, of pocketing relief funds.",
     {"Ram Bahadur Thapa"}),
    # the deed he is blamed for is no harm done to him
    ("Residents accused a neighbour, Tariq Mahmood, of beating a stray dog to death.",
     {"Tariq Mahmood"}),
    # a relative who blames, not a private punisher
    ("The victim's brother accused Imran Qureshi of shooting him and said the family would "
     "not be threatened.", {"Imran Qureshi"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "accused"), _STILL_ACCUSED)
def test_an_accusation_of_the_law_or_without_harm_stays(
    nlp: Language, text: str, accused: set[str]
) -> None:
    assert accused_of("accusation", nlp, text) == accused


def test_an_accused_beaten_by_police_stays_accused(nlp: Language) -> None:
    text = (
        "Police arrested Selvam Raj for breaking into a temple in Madurai. His wife said two "
        "constables beat him in custody."
    )
    assert "Selvam Raj" in accused_names(nlp, text)


def test_a_victims_relative_arrested_for_revenge_is_accused(nlp: Language) -> None:
    text = (
        "Police in Sahiwal arrested Akram Gujjar, the brother of a man killed last year, for "
        "allegedly shooting the man he blamed for the killing."
    )
    assert "Akram Gujjar" in accused_names(nlp, text)
