"""A name the parser hangs on a place or a case inside a description's own phrase is the
description's: "The court acquitted the guard from Gazipur, X", "the shopkeeper from Hala, X"
- a place is never renamed by a person's name
(``ApposedNames.apposed_past_place``, taken by ``ListedNames._coordinated``). And "Those held are X,
Y" lists the arrested, as "Those arrested are" does (``NameLists._ruled_participle``).
Invented sentences in the styles of several regions' reports."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_PLACED = [
    (
        "The tribunal acquitted the guard from Gazipur, Nurul Amin, for want of evidence.",
        "ruling",
        "acquitted",
        "Nurul Amin",
    ),
    (
        "The magistrate remanded the pharmacist from Lucknow, Anil Verma, in judicial "
        "custody for 14 days.",
        "ruling",
        "remanded",
        "Anil Verma",
    ),
    (
        "A Dhaka court on Sunday placed the broker from Mirpur, Abdul Khaleque, on a "
        "five-day remand in the passport forgery case.",
        "ruling",
        "remanded",
        "Abdul Khaleque",
    ),
    (
        "The Additional Sessions Judge granted post-arrest bail to the shopkeeper from Hala, "
        "Ali Nawaz Solangi, in the fake pesticide case.",
        "ruling",
        "bail",
        "Ali Nawaz Solangi",
    ),
    (
        # any subject noun a naming clause describes (out90, ``claims.named_record_subject``);
        # a name hung on a case noun elsewhere is still read only for a noun of a role ("the
        # accused named in the FIR, X"): taken for any noun, it listed a non-accused in a
        # blind set
        "The clerk named in the FIR, Suresh Pal, was granted anticipatory bail by the High "
        "Court on Monday.",
        "ruling",
        "bail",
        "Suresh Pal",
    ),
]


@pytest.mark.parametrize(("text", "kind", "outcome", "name"), _PLACED)
def test_a_name_hung_on_a_place_or_a_case_is_the_descriptions(
    nlp: Language, text: str, kind: str, outcome: str, name: str
) -> None:
    assert name in accused_of(kind, nlp, text, outcome)


@pytest.mark.parametrize(
    "text",
    [
        # a witness, a victim or a lawyer described by where they are from is no accused
        "A witness from Lahore, Ahmed Raza, told the court he saw the accused fleeing.",
        "The victim from Mardan, Shah Wali, was shot dead on Friday.",
        "The lawyer from Quetta, Ahmed Khan, argued for bail.",
        "The magistrate remanded the suspect after the complainant from Rohri, Ghulam Nabi, "
        "identified him.",
    ],
)
def test_a_named_bystander_from_a_place_is_not_accused(nlp: Language, text: str) -> None:
    named = {"Ahmed Raza", "Shah Wali", "Ahmed Khan", "Ghulam Nabi"}
    for kind in ("ruling", "arrest", "charge", "accusation"):
        assert not accused_of(kind, nlp, text) & named


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Those held are a shop owner, Bilal Ahmed, 38, and his cousin, Zubair Ahmed, 24.",
            {"Bilal Ahmed", "Zubair Ahmed"},
        ),
        (
            "Kenyan police arrested three men over a fake fertiliser racket. Those held are a "
            "warehouse manager, John Kamau, 44, and two loaders, Peter Mwangi and James "
            "Njoroge.",
            {"John Kamau", "Peter Mwangi", "James Njoroge"},
        ),
        (
            "Those held in the raid are Abdul Malek, 45, a trader; Jasim Uddin, 32; and Rafiq "
            "Mia, 28.",
            {"Abdul Malek", "Jasim Uddin", "Rafiq Mia"},
        ),
        (
            "Those held were identified as Ramesh Kumar and Sunil Sharma.",
            {"Ramesh Kumar", "Sunil Sharma"},
        ),
    ],
)
def test_those_held_are_those_arrested(nlp: Language, text: str, names: set[str]) -> None:
    assert accused_of("arrest", nlp, text, "arrested") == names


@pytest.mark.parametrize(
    "text",
    [
        # held as hostages, held responsible, held by a gang: no custody of the police
        "Those held hostage were a teacher, Anwar Ali, and a driver, Imran Khan.",
        "Those held responsible are Anwar Ali and Imran Khan.",
        "Those held by the kidnappers were Anwar Ali and Imran Khan.",
    ],
)
def test_those_held_otherwise_are_not_arrested(nlp: Language, text: str) -> None:
    assert not accused_of("arrest", nlp, text)
