"""The whole list a registered case is against (``nlp/claims/case_against.py``), on
invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of


def charged(text: str, nlp: Language) -> set[str]:
    return accused_of("charge", nlp, text)


def test_a_case_against_a_firm_its_officers_and_an_operator(nlp: Language) -> None:
    # the parser hangs the officers inside the firm's relative clause
    found = charged(
        "Police have registered a case under Sections 106 (causing death by negligence), 125 "
        "and 3(5) of the Bharatiya Nyaya Sanhita against Himgiri Rides Private Limited, which "
        "runs the chairlift, its managing director Suresh Thakur, director Mohit Thakur and "
        "the lift operator, Balbir Chand.",
        nlp,
    )
    assert {"Suresh Thakur", "Mohit Thakur", "Balbir Chand"} <= found


def test_a_case_against_one_on_anothers_complaint(nlp: Language) -> None:
    # the complainant is inside a phrase of the item: never charged
    found = charged(
        "Police have registered a case against Karamjit Dhillon under Section 420 of the IPC "
        "on the complaint of his partner, Harpal Sekhon.",
        nlp,
    )
    assert found == {"Karamjit Dhillon"}
    # "against" inside a relative clause is that clause's own
    assert not charged(
        "Police registered a case under Section 302 of the Pakistan Penal Code on the "
        "complaint of Aslam Baig, who had protested against Imran Gill for months.",
        nlp,
    )


def test_no_charges_against_one_charge_no_one(nlp: Language) -> None:
    assert not charged("Police filed no charges against Karamjit Dhillon.", nlp)
