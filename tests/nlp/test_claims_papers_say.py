"""A pronoun subject that stands for a charge paper names the accused as the paper would
(``nlp/claims/papers_say.py``), on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.records import Claim
from tests.nlp.test_claims import claims_of, roles


def _charged(found: list[Claim]) -> set[str]:
    return {p.name for c in found if c.kind == "charge" for p in c.participants
            if p.role == "accused"}  # fmt: skip


def _accused(found: list[Claim]) -> set[str]:
    """Who a charge or accusation holds as accused: "names" accuses, "nominates" charges."""
    return {p.name for c in found if c.kind in ("charge", "accusation")
            for p in c.participants if p.role == "accused"}  # fmt: skip


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


# "It" after a sentence that brought the paper into being, not as its subject (pak83): the
# FIR a verb of bringing a charge registers or lodges, in the active or in a reported clause.
REGISTERED_THEN_IT = [
    (
        "Police registered an FIR under Sections 322 and 34 of the PPC at the Garden police "
        "station on the complaint of the boy's father. It nominates Kashif Nadeem Sial, owner "
        "of Sial Traders, and his helper Waheed Baloch.",
        {"Kashif Nadeem Sial", "Waheed Baloch"},
    ),
    (
        "The Saddar police lodged a case against the owners on Friday. It names Tariq Javed "
        "Gill and Rizwan Ali Butt.",
        {"Tariq Javed Gill", "Rizwan Ali Butt"},
    ),
    (
        "SP Nadia Rauf said an FIR was registered at the Cantt police station under Sections "
        "379 and 411. It names Imran Aslam, Sohail Tariq and Danish alias Danny.",
        {"Imran Aslam", "Sohail Tariq"},
    ),
]

# "It" after a sentence whose paper no verb of bringing a charge brought: no paper to stand for.
NO_PAPER_THEN_IT = [
    (
        "Police are still investigating the case of the missing girl. It names Tariq Javed "
        "Gill as the new station house officer.",
        "Tariq Javed Gill",
    ),
    (
        "The council registered a new welfare trust in Multan on Friday. It names Rizwan Ali "
        "Butt as its chairman.",
        "Rizwan Ali Butt",
    ),
]


@pytest.mark.parametrize(("text", "names"), REGISTERED_THEN_IT)
def test_it_after_a_registered_paper_charges_the_list(
    nlp: Language, text: str, names: set[str]
) -> None:
    found = claims_of(nlp, text)
    assert names <= _accused(found), roles(found)


@pytest.mark.parametrize(("text", "name"), NO_PAPER_THEN_IT)
def test_it_after_no_registered_paper_charges_no_one(nlp: Language, text: str, name: str) -> None:
    found = claims_of(nlp, text)
    assert name not in _accused(found), roles(found)


def test_a_relative_clause_in_the_list_does_not_cut_it(nlp: Language) -> None:
    # "who runs the shop" on the first of the list: the members after it are the FIR's too
    found = claims_of(
        nlp,
        "Police registered an FIR under Sections 322 and 34 PPC on the complaint of the "
        "boy's uncle. It nominates Hakeem Kashif Nadeem Sial, who runs the Sial Dawakhana, "
        "his salesman Rizwan Ali alias Rizzi, and Waheed Baloch, owner of Star Labs.",
    )
    assert {"Rizwan Ali", "Waheed Baloch"} <= _charged(found), roles(found)
