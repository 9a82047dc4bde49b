"""A sum charged is a price, not a criminal charge (``claims.billed``), on invented sentences:
the one billed - often the victim of an overcharging - is accused of nothing by it, while a
charge that names its offence or law stays a charge whatever sum it tells."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    "text",
    [
        "One of the pensioners, Bryn Howells, 81, a retired signalman, was charged £9,800 "
        "for a new chimney.",
        "Bryn Howells was charged £9,800 over two months for work that was never done.",
        "The widow, Megan Pryce, was charged $4,200 for a roof repair.",
        # read as no charge before too: kept as a paraphrase that must stay so
        "Patients such as Rosa Tembe were charged Rs 2,000 for the blood tests.",
    ],
)
def test_one_charged_a_sum_is_not_accused(nlp: Language, text: str) -> None:
    assert accused_of("charge", nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # the offence named: a criminal charge, the sum what was taken
        ("Police charged Dai Morgan with stealing £9,800 from the chapel fund.", "Dai Morgan"),
        ("Dai Morgan was charged with fraud over £9,800 in missing rent.", "Dai Morgan"),
        ("Dai Morgan was charged under Section 420 over a £9,800 loss.", "Dai Morgan"),
        # a number that counts the accused or tells a time is no sum
        ("Police charged 13 men, including Dai Morgan, on Monday.", "Dai Morgan"),
        ("Dai Morgan was charged two weeks later with the murder.", "Dai Morgan"),
    ],
)
def test_a_charge_with_its_offence_stays_a_charge(nlp: Language, text: str, accused: str) -> None:
    assert accused in accused_of("charge", nlp, text)
