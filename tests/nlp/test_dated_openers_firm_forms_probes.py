"""Probes of lfa31's two readings (invented sentences): a fronted date the parser glues onto the
name after it ("On Saturday Judicial Magistrate X granted ...": ``nlp.opener_repairs``), and a
firm's name NER stops at the bracket of its form ("Al-Noor Foods (Pvt) Ltd":
``nlp.mentions.candidates``). The golden list holds what the reader must read, the broken forms and
their neighbours the parser already reads right (other dates, other verbs)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_GOLDEN = [
    # the firm whole, not "Ltd" alone as an organisation of its own
    (
        "Police booked Zenith Rice Mills (Pvt) Ltd and its owner Tariq Butt for hoarding wheat.",
        "charge",
        {"Zenith Rice Mills (Pvt) Ltd", "Tariq Butt"},
    ),
    (
        "Mehran Sugar Mills (Private) Limited was fined Rs2 million for dumping molasses.",
        "ruling",
        {"Mehran Sugar Mills (Private) Limited"},
    ),
    (
        "The FIR names Crescent Chemicals (Pvt) Ltd, its manager Javed Iqbal and a driver.",
        "charge",
        {"Crescent Chemicals (Pvt) Ltd", "Javed Iqbal"},
    ),
    (
        "A sessions court convicted Indus Dairy Foods (Pvt) Ltd of selling adulterated milk.",
        "ruling",
        {"Indus Dairy Foods (Pvt) Ltd"},
    ),
    # the judge of a fronted date is the court, never the one remanded
    (
        "On Friday Judicial Magistrate Sadia Parveen granted three days' physical remand of "
        "Bilal Ahmed.",
        "ruling",
        {"Bilal Ahmed"},
    ),
    (
        "On Monday Additional Sessions Judge Khalid Bhatti dismissed the bail plea of Nadeem "
        "Akhtar.",
        "ruling",
        {"Nadeem Akhtar"},
    ),
    (
        "On Tuesday Magistrate Farhana Yasmin sent Sajid Ali to jail on judicial remand.",
        "ruling",
        {"Sajid Ali"},
    ),
    # the one named after a fronted date does the verb
    (
        "On Saturday Asif Raza confessed to the murder before a magistrate.",
        "confession",
        {"Asif Raza"},
    ),  # fmt: skip
    ("On Thursday Imran Qadir denied the charges in court.", "denial", {"Imran Qadir"}),
    ("On Sunday Kamran Javed was arrested at a checkpost in Okara.", "arrest", {"Kamran Javed"}),
    (
        "On Saturday evening Judicial Magistrate Sadia Parveen granted three days' physical "
        "remand of Bilal Ahmed.",
        "ruling",
        {"Bilal Ahmed"},
    ),
    (
        "Last Friday Civil Judge Rukhsana Bibi granted two days' physical remand of Waqas Ali.",
        "ruling",
        {"Waqas Ali"},
    ),
    ("On Friday Judge Tahir Abbas convicted Nadeem Butt of fraud.", "ruling", {"Nadeem Butt"}),
]


@pytest.mark.parametrize(("text", "kind", "who"), _GOLDEN)
def test_golden(nlp: Language, text: str, kind: str, who: set[str]) -> None:
    assert accused_of(kind, nlp, text) == who
