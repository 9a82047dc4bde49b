"""A name written after the comma that closes a preposition's phrase of the verb - "arrested
X in Pokhara for killing a tourist guide, Y", "arrested X over the death of a worker, Y" -
renames the phrase's last noun (the one killed, the one who died), though the small parser
hangs it on the verb as a second object: the victim is not a second arrested or convicted
person (``phrase_apposition.renames_a_phrase_noun``). Invented sentences; near misses: a
fronted phrase with no object before it, a second object joined by "and", a relative named
after "and his brother"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.ledger.invented import accused_names

_VICTIM_AFTER_THE_PHRASE = [
    (
        "Police arrested Santosh Pariyar in Pokhara for killing a tourist guide, Dil Bahadur"
        " Gurung.",
        "Santosh Pariyar",
        "Dil Bahadur Gurung",
    ),
    (
        "Police arrested Jahangir Kabir, owner of Rupsha Garments, over the death of a worker,"
        " Mousumi Akter, in a fire at the factory in Ashulia.",
        "Jahangir Kabir",
        "Mousumi Akter",
    ),
    (
        "Police arrested Milan Tamang in Dharan on Friday for killing a taxi driver, Prem"
        " Bahadur Limbu.",
        "Milan Tamang",
        "Prem Bahadur Limbu",
    ),
]


@pytest.mark.parametrize(("text", "accused", "victim"), _VICTIM_AFTER_THE_PHRASE)
def test_a_name_after_the_phrase_renames_its_noun(
    nlp: Language, text: str, accused: str, victim: str
) -> None:
    found = accused_names(nlp, text)
    assert accused in found
    assert victim not in found


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # a second object joined by "and": both arrested
        ("Police arrested Imran Ali and, in a separate raid, Saqib Hussain.", {"Imran Ali"}),
        # the victim inside the phrase with no comma is read as ever
        (
            "Police arrested Rohit Kumar in Patna on Monday for stabbing a rickshaw puller,"
            " Mukesh Ram, outside a temple.",
            {"Rohit Kumar"},
        ),
        ("Police arrested Nabin Rai in Dharan and his brother, Suman Rai.", {"Nabin Rai"}),
    ],
)
def test_objects_and_phrases_read_as_before(nlp: Language, text: str, accused: set[str]) -> None:
    assert accused <= accused_names(nlp, text)
