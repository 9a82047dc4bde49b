"""Whom "the company" stands for (``nlp/claims/companies_told.py``), on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of


def test_the_company_is_the_one_business_named_before(nlp: Language) -> None:
    text = (
        "A roofer fell to his death at a depot run by Pellow Scaffolding Ltd. "
        "The company was charged with breaching safety law."
    )
    assert accused_of("charge", nlp, text) == {"Pellow Scaffolding Ltd"}


def test_two_businesses_leave_the_company_unread(nlp: Language) -> None:
    text = (
        "Pellow Scaffolding Ltd hired Dray Cranes Pvt Ltd for the lift. "
        "The company was charged with breaching safety law."
    )
    assert accused_of("charge", nlp, text) == set()


def test_an_office_named_after_what_it_oversees_is_no_business(nlp: Language) -> None:
    # "the Division Cooperative Office" holds the word but is no cooperative
    text = (
        "Police said Hari Prasad Koirala, chairman of Tinau Valley Credit Cooperative Ltd, "
        "was arrested. Savers complained to the Division Cooperative Office. "
        "The cooperative itself was later convicted of fraud."
    )
    assert accused_of("ruling", nlp, text) == {"Tinau Valley Credit Cooperative Ltd"}
