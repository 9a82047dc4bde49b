"""Probes of firm87's reading (invented sentences): a firm accused beside its people.

- the challan, Pakistan's charge sheet, is a charge paper (``charge_nouns``), and police
  submit it as they file one (``frame_verbs``): "submitted the challan against X Traders and
  its owner" charges each item of the list, and "the challan names X" charges X;
- an active fine whose object is the amount (``claims.fined_amounts``): the one fined is the
  verb's dative ("fined the company 200,000 euros", "the company" being the one business the
  report named) or the name the parser hangs in front of the amount ("fined X Ltd Rs2 million").

The golden list holds what the reader must read (Pakistani, Indian and wire styles); the near
misses keep an employer named beside its staff unaccused, a defence lawyer's submission no
charge, and a fine with no name no one's; the strict xfails are the grammars not built."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_GOLDEN = [
    # the challan submitted against a list: a firm beside its owner and staff
    (
        "Police have submitted the challan in the trial court against Zamzam Chemicals (Pvt) "
        "Ltd, its owner Khalid Mehmood and the driver Aslam Pervaiz.",
        "charge",
        {"Zamzam Chemicals (Pvt) Ltd", "Khalid Mehmood", "Aslam Pervaiz"},
    ),
    (
        "The investigation officer submitted the challan before the trial court against Hashmi "
        "Fumigation Services.",
        "charge",
        {"Hashmi Fumigation Services"},
    ),
    (
        "Police submitted the challan against Ghulam Rasool and Naveed Anjum last week.",
        "charge",
        {"Ghulam Rasool", "Naveed Anjum"},
    ),
    # a charge sheet submitted, as filed (Bangladesh, India)
    (
        "The PBI submitted a charge sheet against Rafiqul Islam and Jasim Uddin on Sunday.",
        "charge",
        {"Rafiqul Islam", "Jasim Uddin"},
    ),
    # the challan naming the accused
    (
        "The interim challan names Kalsoom Akhtar and Tariq Javed.",
        "charge",
        {"Kalsoom Akhtar", "Tariq Javed"},
    ),  # fmt: skip
    # a fine on the firm with the amount as the verb's object
    (
        "The magistrate fined Mehran Dairies Ltd Rs2 million for selling adulterated milk.",
        "ruling",
        {"Mehran Dairies Ltd"},
    ),
    (
        "The court fined Baltic Amber Ltd 200,000 euros.",
        "ruling",
        {"Baltic Amber Ltd"},
    ),
    (
        "Police raided SIA Baltic Timber on Monday. The Riga court jailed its director and "
        "fined the company 200,000 euros.",
        "ruling",
        {"SIA Baltic Timber"},
    ),
    (
        "Food inspectors sealed the plant of Mehran Dairies (Pvt) Ltd in Okara. The magistrate "
        "fined the company Rs1 million.",
        "ruling",
        {"Mehran Dairies (Pvt) Ltd"},
    ),
    # as before: a person fined with the amount after the name
    ("The court fined Ali Raza Rs50,000.", "ruling", {"Ali Raza"}),
]

_NEAR_MISSES = [
    # an employer named beside its staff is not accused
    (
        "Rajesh Kumar, an accountant at Sunrise Exports Pvt Ltd, was arrested on Monday.",
        "arrest",
        {"Rajesh Kumar"},
    ),  # fmt: skip
    (
        "The court fined Rajesh Kumar, an accountant at Sunrise Exports Pvt Ltd, Rs5,000.",
        "ruling",
        {"Rajesh Kumar"},
    ),
    # a defence lawyer's submission brings no charge
    ("Defence counsel submitted a written reply on Monday.", "charge", set()),
    # a fine with no one named fines no one; "the company" with no business named is no one
    ("The court fined the company 200,000 euros.", "ruling", set()),
    ("The magistrate fined Rs50,000 on the spot.", "ruling", set()),
    # a currency written as a code before the figure is the amount, not a firm fined
    (
        "The court sentenced Levan Gelashvili to five years and fined his company GEL 250,000.",
        "ruling",
        {"Levan Gelashvili"},
    ),
    (
        "The court found Romain Dossou guilty and fined him 50 million CFA francs.",
        "ruling",
        {"Romain Dossou"},
    ),
    # a challan that is a receipt charges no one
    (
        "Everything she sold came in a packet with a treasury challan, Rukhsana Bibi said.",
        "charge",
        set(),
    ),  # fmt: skip
]

_NOT_BUILT = [
    (
        "The court upheld the fine of one million crowns imposed on his company, Nordvik Vard AB.",
        "ruling",
        {"Nordvik Vard AB"},
        "a fine noun imposed on a firm: the firm is the object of 'on' under a participle",
    ),
    (
        "Prosecutors also asked the court to fine the company, Tisza-Cargo Kft., as a legal "
        "person.",
        "charge",
        {"Tisza-Cargo Kft"},
        "a fine asked for: the prosecution's request is a charge on the firm",
    ),
    (
        "The challan submitted by Customs in April names the three men and Indus Traders itself.",
        "charge",
        {"Indus Traders"},
        "a firm written with 'itself' after a counted group of men in the list",
    ),
]


@pytest.mark.parametrize(("text", "kind", "who"), _GOLDEN)
def test_golden(nlp: Language, text: str, kind: str, who: set[str]) -> None:
    assert accused_of(kind, nlp, text) == who


@pytest.mark.parametrize(("text", "kind", "who"), _NEAR_MISSES)
def test_near_misses(nlp: Language, text: str, kind: str, who: set[str]) -> None:
    assert accused_of(kind, nlp, text) == who


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        pytest.param(t, k, w, marks=pytest.mark.xfail(strict=True, reason=r))
        for t, k, w, r in _NOT_BUILT
    ],
)
def test_not_built(nlp: Language, text: str, kind: str, who: set[str]) -> None:
    assert accused_of(kind, nlp, text) == who
