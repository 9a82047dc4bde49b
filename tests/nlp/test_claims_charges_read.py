"""A charge told as read to the accused (``nlp/claims/charges_read.py``), on invented
sentences: whom a charge is read to is charged; what else is read charges no one."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import claims_of


def _charged(nlp: Language, text: str) -> set[str]:
    return {
        p.name
        for c in claims_of(nlp, text)
        if c.kind == "charge"
        for p in c.participants
        if p.role == "accused"
    }


def test_the_charge_read_out_to_a_list_charges_each(nlp: Language) -> None:
    text = "Judge Amna Tiwana read out the charge to Bilal Anwar, Saqib Raza and Tariq Mehmood."
    assert _charged(nlp, text) == {"Bilal Anwar", "Saqib Raza", "Tariq Mehmood"}


def test_charges_read_over_in_the_passive_charge_whom_they_are_read_to(nlp: Language) -> None:
    text = "The charges were read over to Wendell Fogarty, who pleaded not guilty."
    assert "Wendell Fogarty" in _charged(nlp, text)


def test_what_is_not_a_charge_read_to_someone_charges_no_one(nlp: Language) -> None:
    text = "The clerk read out the names of the witnesses to Wendell Fogarty."
    assert _charged(nlp, text) == set()
    text = "Wendell Fogarty read the charge sheet to reporters outside the court."
    assert _charged(nlp, text) == set()
