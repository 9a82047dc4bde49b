"""Charges read to the accused in open court (``nlp/claims/charges_read.py``), on invented
sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.records import Claim
from tests.nlp.test_claims import claims_of, roles


def _charged(found: list[Claim]) -> set[str]:
    return {p.name for c in found if c.kind == "charge" for p in c.participants
            if p.role == "accused"}  # fmt: skip


def test_those_the_charge_is_read_to_are_charged(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Sessions Judge Farah Naz read out the charge to Imran Butt and Sohail Anjum on Tuesday.",
    )
    assert {"Imran Butt", "Sohail Anjum"} <= _charged(found), roles(found)


def test_a_ranked_list_the_charge_is_read_to_is_charged(nlp: Language) -> None:
    # the ranks ("ASI", "constables") name officers who are the accused here
    found = claims_of(
        nlp,
        "The judge read out the charge to former SHO Mumtaz Gill, ASI Nadeem Warraich and "
        "constables Arif Javed and Tahir Butt alias Billu.",
    )
    assert {"Nadeem Warraich", "Arif Javed"} <= {n.removeprefix("ASI ") for n in _charged(found)}, (
        roles(found)
    )


def test_a_passive_charge_read_over_to_someone(nlp: Language) -> None:
    found = claims_of(
        nlp, "The charges were read over to Waseem Dar, who pleaded not guilty and claimed trial."
    )
    assert "Waseem Dar" in _charged(found), roles(found)


def test_a_verdict_read_to_someone_charges_no_one(nlp: Language) -> None:
    found = claims_of(
        nlp, "The clerk read out the judgment to Waseem Dar's family in the courtroom."
    )
    assert "Waseem Dar" not in _charged(found), roles(found)
