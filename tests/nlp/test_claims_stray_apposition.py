"""A name set off by commas after a preposition's object renames that object, wherever the
parser hung it (``nlp/claims/stray_apposition.py``), on invented sentences: the one granted
bail "to the salesman, X", wanted by a warrant "against the buyer, X, the prosecutor's
office said", sought "for the chairperson of the committee, X, who ...".

Each probe is a golden pair: the sentence and whom the reader must find accused in it (an
empty set: no one)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

# (kind, outcome, text, accused): the name the parser hung away is the one ruled on or sought
BUILT = [
    (
        "ruling",
        "bail",
        "LAHORE: Two men were arrested over the theft of a tractor. The same court granted "
        "post-arrest bail to the driver, Imtiaz Gul, against surety bonds of Rs 50,000.",
        {"Imtiaz Gul"},
    ),
    (
        "ruling",
        "bail",
        "MULTAN: The trader was sent to jail. The same court granted post-arrest bail to the "
        "salesman, Naveed Akhtar alias Billa, against surety bonds of Rs 100,000.",
        {"Naveed Akhtar"},
    ),
    (
        "accusation",
        None,
        "NAIROBI: A courier was held at the airport with ivory. An international arrest "
        "warrant has been issued through Interpol against the Chinese buyer, Li Wenjun, the "
        "prosecutor's office said.",
        {"Li Wenjun"},
    ),
    (
        "accusation",
        None,
        "JANAKPUR: The headmaster was arrested on Tuesday. Police are also searching for the "
        "chairperson of the school management committee, Dipendra Yadav, who co-signed the "
        "cheques.",
        {"Dipendra Yadav"},
    ),
]

# A name that opens a clause of its own after the comma is no apposition: it speaks.
NOT_APPOSED = [
    (
        "accusation",
        "LAHORE: The driver handed the bag to the broker, Ahmed Raza said on Monday.",
    ),
    (
        "ruling",
        "LAHORE: The court granted bail to the driver on Monday, Ahmed Raza told reporters.",
    ),
]


@pytest.mark.parametrize(("kind", "outcome", "text", "accused"), BUILT)
def test_a_name_hung_away_renames_the_object_before_its_comma(
    kind: str, outcome: str | None, text: str, accused: set[str], nlp: Language
) -> None:
    assert accused <= accused_of(kind, nlp, text, outcome)


@pytest.mark.parametrize(("kind", "text"), NOT_APPOSED)
def test_a_name_that_speaks_after_the_comma_is_not_the_object(
    kind: str, text: str, nlp: Language
) -> None:
    assert "Ahmed Raza" not in accused_of(kind, nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a search by an anti-graft commission named only as 'the commission' is not "
    "read as the law's (is_custodian knows police words); one article (lf32) holds it",
)
def test_a_commission_searching_for_the_described_one(nlp: Language) -> None:
    text = (
        "JANAKPUR: The CIAA arrested the headmaster. The commission is also searching for the "
        "chairperson of the school management committee, Dipendra Yadav, who co-signed the "
        "cheques."
    )
    assert "Dipendra Yadav" in accused_of("accusation", nlp, text)
