"""Two readings of who is named beside the accused (prec79).

A name written after the comma that closes a preposition's phrase of the verb - "arrested
X in Pokhara for killing a tourist guide, Y", "arrested X over the death of a worker, Y" -
renames the phrase's last noun (the one killed, the one who died), though the small parser
hangs it on the verb as a second object: the victim is not a second arrested or convicted
person (``phrase_apposition.renames_a_phrase_noun``). Invented sentences; near misses: a
fronted phrase with no object before it, a second object joined by "and", a relative named
after "and his brother".

A name whose own phrase writes it as a place or a body - the modifier of "bench" or "area",
the owner of a place's name ("His Majesty's Prison"), the object of "near" - is never the "he"
or "his" after it, whatever NER typed it (``nlp.written_places``, asked by
``antecedents.agrees``). Near misses: a person named before the place keeps the pronoun; a
trader "of Jinnah Market" is still the "he" after."""

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


_PLACE_BEFORE_THE_PRONOUN = [
    # the owner of a place's own name
    "A 38-year-old mechanic was remanded to His Majesty's Prison on Tuesday after he was"
    " charged with the murder of a delivery driver.",
    # the object of "near"
    "A mechanic was arrested near Kot Radha Kishan on Monday after he stabbed a driver.",
    "A cook was detained at a hotel near Shah Faisal on Friday after he poisoned a guest.",
    # the modifier of a noun for a place or a body
    "The Lahore bench of the high court granted bail to a shopkeeper two months after his arrest.",
    "Police arrested a tailor in the city's Ghulam Haider area after he set fire to a rival's"
    " shop.",
]


@pytest.mark.parametrize("text", _PLACE_BEFORE_THE_PRONOUN)
def test_a_place_is_never_the_pronoun_after_it(nlp: Language, text: str) -> None:
    assert not accused_names(nlp, text)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # a person named before the place keeps the pronoun
        ("Police arrested Imran Ali near Kot Radha Kishan after he stabbed a driver.", "Imran Ali"),
        # a person "of" a market is still a person
        (
            "Faisal Butt, a trader of Jinnah Market, was arrested after he cheated a customer.",
            "Faisal Butt",
        ),
    ],
)
def test_a_person_beside_a_place_keeps_the_pronoun(nlp: Language, text: str, accused: str) -> None:
    assert accused in accused_names(nlp, text)
