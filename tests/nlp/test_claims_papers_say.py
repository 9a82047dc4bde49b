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
