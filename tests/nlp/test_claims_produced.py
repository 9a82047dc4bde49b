"""Suspects produced before a court (``nlp/claims/produced.py``), on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import claims_of


def _arrested(found: list) -> set[str]:
    return {p.name for c in found if c.kind == "arrest" for p in c.participants
            if p.role == "accused"}  # fmt: skip


def test_a_production_that_dates_a_retraction_is_no_arrest_of_its_own(nlp: Language) -> None:
    # the hearing where the confession was made: its time, not a new step in the case
    found = claims_of(
        nlp,
        "The judge observed that although Rafiq Dalal later claimed his confession had been "
        "made under duress, he had raised no complaint when he was produced before the "
        "magistrate.",
    )
    assert {c.kind for c in found} >= {"retraction"}, found
    assert not _arrested(found), found


def test_a_production_with_no_confession_beside_it_is_an_arrest(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "When Rafiq Dalal was produced before the anti-terrorism court on Monday, his "
        "lawyer asked for bail.",
    )
    assert _arrested(found) == {"Rafiq Dalal"}, found
