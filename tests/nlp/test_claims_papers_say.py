"""A pronoun subject that stands for a charge paper names the accused as the paper would
(``nlp/claims/papers_say.py``), on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.records import Claim
from tests.nlp.test_claims import claims_of, roles


def _charged(found: list[Claim]) -> set[str]:
    return {p.name for c in found if c.kind == "charge" for p in c.participants
            if p.role == "accused"}  # fmt: skip


def test_it_nominates_after_an_fir_charges_the_list(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The FIR was registered on the complaint of his father, Akram Bhatti, under sections "
        "302 and 34 of the PPC. It nominates Inspector Tariq Gill, ASI Nadeem Warraich and "
        "constables Arif Javed and Tahir Butt.",
    )
    assert {"Tariq Gill", "Nadeem Warraich", "Arif Javed", "Tahir Butt"} <= _charged(found), roles(
        found
    )


def test_it_nominates_after_a_party_charges_no_one(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The ruling party met in Lahore on Sunday to choose its candidates. It nominates "
        "Tariq Gill for the Senate seat.",
    )
    assert "Tariq Gill" not in _charged(found), roles(found)


def test_a_registered_case_nominating_a_list_charges_each(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Police registered a case under Sections 322 and 337 of the PPC on the complaint of "
        "the victim's nephew, Kashif Rana, nominating the factory owner Javed Iqbal Awan, his "
        "manager Tanveer Ali and the boiler contractor Saleem Akhtar Khokhar.",
    )
    charged = _charged(found)
    assert {"Javed Iqbal Awan", "Tanveer Ali", "Saleem Akhtar Khokhar"} <= charged, roles(found)
    assert "Kashif Rana" not in charged


def test_a_party_nominating_a_candidate_charges_no_one(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The party held a meeting in Multan on Sunday, nominating Javed Iqbal Awan for the "
        "Senate seat.",
    )
    assert "Javed Iqbal Awan" not in _charged(found), roles(found)


def test_the_complainant_nominating_a_list_charges_each(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Two brothers were shot dead over a land dispute in Kasur on Sunday. The complainant "
        "nominated Rafiq Ahmad Cheema, his son Kamran Rafiq and their driver Javed Iqbal.",
    )
    assert {"Rafiq Ahmad Cheema", "Kamran Rafiq", "Javed Iqbal"} <= _charged(found), roles(found)


def test_a_committee_nominating_a_member_charges_no_one(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The bar council met in Kasur on Sunday. The committee nominated Rafiq Ahmad Cheema "
        "for the post of secretary.",
    )
    assert "Rafiq Ahmad Cheema" not in _charged(found), roles(found)
