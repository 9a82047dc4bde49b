"""A firm's name that NER cuts in two at its own "and" ("Peak View Travels and Tours Pvt
Ltd"), written inside the role phrase of an item of a list of the accused ("X, manager of
... in Y, and Z"), is part of that item's description, not a second item: the firm is where
the accused works, not an accused (``NameLists._joins_a_firms_name``). Invented sentences;
near misses: two firms listed as the accused, and the list's next person after the firm."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.ledger.invented import accused_names

_IN_A_ROLE_PHRASE = [
    (
        "Those arrested are Anil Joshi, 45, director of Sagar Builders and Developers Pvt Ltd in"
        " Pune, and Ravi Kale, 29, a site supervisor.",
        {"Anil Joshi", "Ravi Kale"},
    ),
    (
        "Those arrested are Kiran Thapa, 38, manager of Peak View Travels and Tours Pvt Ltd in"
        " Thamel, and Suman Rai, 25, a clerk employed by the company.",
        {"Kiran Thapa", "Suman Rai"},
    ),
    (
        "The suspects were identified as Bikram Tamang, 36, an agent of Himal Manpower and"
        " Recruitment Services Pvt Ltd of Kathmandu, and Dipak Oli, 40, a broker.",
        {"Bikram Tamang", "Dipak Oli"},
    ),
]


@pytest.mark.parametrize(("text", "accused"), _IN_A_ROLE_PHRASE)
def test_a_firm_cut_at_its_and_in_a_role_phrase_is_no_item(
    nlp: Language, text: str, accused: set[str]
) -> None:
    found = accused_names(nlp, text)
    assert accused <= found
    assert not {a for a in found if a.endswith(("Ltd", "Services", "Developers"))}


def test_two_firms_named_as_the_accused_stay_accused(nlp: Language) -> None:
    found = accused_names(
        nlp,
        "The chargesheet names Himal Trading Pvt Ltd and Everest Logistics Pvt Ltd, their"
        " chairman Dorje Lama and accountant Sita Karki.",
    )
    assert {"Himal Trading Pvt Ltd", "Everest Logistics Pvt Ltd", "Dorje Lama"} <= found


def test_the_next_person_after_a_firm_in_a_role_phrase_stays_an_item(nlp: Language) -> None:
    found = accused_names(
        nlp,
        "Those charged are Ram Shrestha, 50, owner of Shrestha Traders, and Nabin Gurung, 33,"
        " a driver.",
    )
    assert {"Ram Shrestha", "Nabin Gurung"} <= found
    assert "Shrestha Traders" not in found
