"""acc96: a list after "The arrestees are" - "The arrestees are X, 32, who posed as a drug
inspector, Y, 40, ... and their driver Z" - names those arrested, as "The arrested men are"
does (``NameLists._ruled_participle``, ``arrested_people_nouns``). The base read the first
name only (the parse's attribute): the relative clauses broke the parse's list. Invented
sentences; the near misses keep a noun that is no arrest's and a list of the victims off."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_RAID = "Police raided a warehouse in Gazipur on Tuesday and arrested four men over fake medicine. "


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            _RAID + "The arrestees are Kamrul Hasan Milon, 32, who posed as a drug inspector, "
            "Nurul Amin, 40, who wore a police uniform, Shahin Reza, 26, dressed as a guard, and "
            "their driver Abdul Motin, 45.",
            {"Kamrul Hasan Milon", "Nurul Amin", "Shahin Reza", "Abdul Motin"},
        ),
        (
            "Detectives arrested three men over a robbery on Monday. The arrestees are Tariq "
            "Mehmood, 32, of Kasur, who drove the car, Asif Ali, 40, and Naveed Akhtar.",
            {"Tariq Mehmood", "Asif Ali", "Naveed Akhtar"},
        ),
    ],
)
def test_an_arrestee_list_names_the_arrested(nlp: Language, text: str, names: set[str]) -> None:
    assert accused_of("arrest", nlp, text, "arrested") == names


def test_the_victims_listed_after_are_no_arrestees(nlp: Language) -> None:
    text = (
        _RAID + "The victims are Rahima Begum, 32, who bought the tablets, and Jamal Uddin, "
        "40, a pharmacist."
    )
    assert accused_of("arrest", nlp, text, "arrested") == set()


@pytest.mark.xfail(
    strict=True,
    reason="a list whose first item opens with its owner's title ('the firm's Managing "
    "Director X, 38, and his wife Y') never begins: h17's shape, not built",
)
def test_a_list_opening_with_a_title_of_a_firm(nlp: Language) -> None:
    text = (
        "Police arrested two directors of a trading firm on Sunday over a fraud. The "
        "arrestees are the firm's Managing Director Habibur Rahman Sumon, 38, and his wife "
        "Nasrin Akter Shila, 33, the chairman of Rupali Traders Limited."
    )
    assert accused_of("arrest", nlp, text, "arrested") == {
        "Habibur Rahman Sumon",
        "Nasrin Akter Shila",
    }
