"""A charge told as read to the accused (``nlp/claims/charges_read.py``), on invented
sentences: whom a charge is read to is charged; what else is read charges no one."""

from __future__ import annotations

from spacy.language import Language

from corroborate.records import Claim
from tests.nlp.test_claims import accused_of, claims_of, roles


def test_the_charge_read_out_to_a_list_charges_each(nlp: Language) -> None:
    text = "Judge Amna Tiwana read out the charge to Bilal Anwar, Saqib Raza and Tariq Mehmood."
    assert accused_of("charge", nlp, text) == {"Bilal Anwar", "Saqib Raza", "Tariq Mehmood"}


def test_charges_read_over_in_the_passive_charge_whom_they_are_read_to(nlp: Language) -> None:
    text = "The charges were read over to Wendell Fogarty, who pleaded not guilty."
    assert "Wendell Fogarty" in accused_of("charge", nlp, text)


def test_what_is_not_a_charge_read_to_someone_charges_no_one(nlp: Language) -> None:
    text = "The clerk read out the names of the witnesses to Wendell Fogarty."
    assert accused_of("charge", nlp, text) == set()
    text = "Wendell Fogarty read the charge sheet to reporters outside the court."
    assert accused_of("charge", nlp, text) == set()


def _charged_in(found: list[Claim]) -> set[str]:
    return {p.name for c in found if c.kind == "charge" for p in c.participants
            if p.role == "accused"}  # fmt: skip


def test_those_the_charge_is_read_to_are_charged_in(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Sessions Judge Farah Naz read out the charge to Imran Butt and Sohail Anjum on Tuesday.",
    )
    assert {"Imran Butt", "Sohail Anjum"} <= _charged_in(found), roles(found)


def test_a_ranked_list_the_charge_is_read_to_is_charged_in(nlp: Language) -> None:
    # the ranks ("ASI", "constables") name officers who are the accused here
    found = claims_of(
        nlp,
        "The judge read out the charge to former SHO Mumtaz Gill, ASI Nadeem Warraich and "
        "constables Arif Javed and Tahir Butt alias Billu.",
    )
    assert {"Nadeem Warraich", "Arif Javed"} <= {
        n.removeprefix("ASI ") for n in _charged_in(found)
    }, roles(found)


def test_a_passive_charge_read_over_to_someone(nlp: Language) -> None:
    found = claims_of(
        nlp, "The charges were read over to Waseem Dar, who pleaded not guilty and claimed trial."
    )
    assert "Waseem Dar" in _charged_in(found), roles(found)


def test_a_verdict_read_to_someone_charges_no_one(nlp: Language) -> None:
    found = claims_of(
        nlp, "The clerk read out the judgment to Waseem Dar's family in the courtroom."
    )
    assert "Waseem Dar" not in _charged_in(found), roles(found)
