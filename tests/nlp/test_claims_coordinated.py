"""Two people joined by "and": a lone first name borrows the surname of a full name after it
("Rajesh and Nupur Talwar"), never the one word of a name that has only a title before it
("Nadeemullah and Mufti Saleemuddin": two people of one name each). Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.coordinated import surname_to_share
from tests.nlp.test_claims import claims_of, roles


@pytest.mark.parametrize(
    ("full_name", "surname"),
    [
        ("Nupur Talwar", "Talwar"),
        ("Nawab Imtiaz Khoso", "Khoso"),  # an honorific before a first name and a surname
        ("Mufti Saleemuddin", None),  # an honorific before the one name
        ("Mufti Pir Saleemuddin", None),  # two of them
        ("Saleemuddin", None),
    ],
)
def test_the_surname_a_full_name_lends(full_name: str, surname: str | None) -> None:
    assert surname_to_share(full_name) == surname


def test_a_first_name_and_a_titled_one_name_are_two_people(nlp: Language) -> None:
    found = claims_of(nlp, "The tribunal sentenced Nadeemullah and Mufti Saleemuddin to life.")
    read = roles(found)
    assert "Nadeemullah Saleemuddin" not in read
    assert read["Nadeemullah"] == {"accused"}
    assert read["Mufti Saleemuddin"] == {"accused"}


def test_a_relative_listed_beside_a_titled_one_name_keeps_his_own_name(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The court upheld the life terms of two others, Mufti Kamal's brother Nadeemullah and "
        "Mufti Saleemuddin, handed down by the lower court.",
    )
    assert "Nadeemullah Saleemuddin" not in roles(found)


def test_a_first_name_still_shares_a_surname(nlp: Language) -> None:
    found = claims_of(nlp, "The court sentenced Rajesh and Nupur Talwar to life imprisonment.")
    read = roles(found)
    assert read["Rajesh Talwar"] == {"accused"}
    assert read["Nupur Talwar"] == {"accused"}


@pytest.mark.parametrize(
    ("sentence", "lone", "full"),
    [
        (
            "The court handed ten-year terms to two of his guards — Rafiq and Gul Sher — while"
            " acquitting a third man.",
            "Rafiq",
            "Gul Sher",
        ),
        ("The court sentenced his drivers Nasir and Sher Khan to life.", "Nasir", "Sher Khan"),
    ],
)
def test_names_a_noun_for_people_lists_are_each_whole(
    nlp: Language, sentence: str, lone: str, full: str
) -> None:
    """A list hung on a noun for people that is no kin ("guards", "drivers") says what each
    is to the case, not to each other: the lone first name keeps its own name and borrows
    no surname ("Rafiq Sher" would be a third person)."""
    read = roles(claims_of(nlp, sentence))
    assert read[lone] == {"accused"}
    assert read[full] == {"accused"}
    assert not any(name.startswith(lone + " ") for name in read)


@pytest.mark.parametrize(
    ("sentence", "shared"),
    [
        ("The court sentenced his parents Rajesh and Nupur Talwar to life.", "Rajesh Talwar"),
        ("Police arrested two of his sons, Ali and Omar Khan, on Friday.", "Ali Khan"),
    ],
)
def test_names_a_noun_for_kin_lists_share_a_surname(
    nlp: Language, sentence: str, shared: str
) -> None:
    assert "accused" in roles(claims_of(nlp, sentence))[shared]
