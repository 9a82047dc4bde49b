"""The readings acc100 added, on invented sentences and names.

A firm prosecuted beside its people, listed as they are: a company noun in the list with its
name after its comma ("X, Y and the importing company, Z Ltd, were charged", "the FIR
nominates X and the company that runs the factory, Z (Pvt) Ltd"), which the parser hangs on
the list's first person (read before as that person's affiliation) or inside the noun's
relative clause (``listed_firm.firm_named_after``); and "the company" at the end of a
verdict's object list whose "of" phrase the parser hung on it ("convicted X and the company
itself of forgery": the verdict's "of", not the company's, ``companies_told``), and never
counsel where the parser joins it to the office ("X, counsel for Y and the company"). Near
misses:
an employer in a person's own description, a company filing a complaint, a company noun
with a person's "of" phrase."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of


def _accused(nlp: Language, text: str) -> set[str]:
    return {p.name for c in claims_of(nlp, text) for p in c.participants if p.role == "accused"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anil Rao and the company, Coastline Imports Limited, pleaded not guilty to "
         "trafficking heroin.", "Coastline Imports Limited"),
        ("Anil Rao, Suresh Babu and the importing company, Coastline Imports Limited, were "
         "charged with trafficking heroin.", "Coastline Imports Limited"),
        ("The FIR nominates Nadeem Akbar and the company that runs the factory, Crescent "
         "Weaving (Pvt) Ltd, under Sections 322 and 34 of the PPC.",
         "Crescent Weaving (Pvt) Ltd"),
        ("The FIR nominates the factory's owner Nadeem Akbar, the manager and the company "
         "that runs the factory, Crescent Weaving (Pvt) Ltd, under Sections 322 and 34 of "
         "the PPC.", "Crescent Weaving (Pvt) Ltd"),
        ("Kpelle Logs Inc. shipped the logs. The court convicted Peter Sackor and the "
         "company of forgery.", "Kpelle Logs Inc"),
        ("The court convicted Peter Sackor, the manager of Kpelle Logs Inc., and the "
         "company itself, of forgery.", "Kpelle Logs Inc"),
    ],
)  # fmt: skip
def test_a_firm_listed_beside_its_people_is_accused(nlp: Language, text: str, name: str) -> None:
    assert name in _accused(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the employer in a person's own description: no item of the list
        ("Police arrested Sunil Kapoor, a manager at the company, Ravi Builders Pvt Ltd, "
         "for fraud.", "Ravi Builders Pvt Ltd"),
        ("Police arrested Anil Rao and Suresh Babu, both employees of the company, "
         "Coastline Imports Limited.", "Coastline Imports Limited"),
        ("The court acquitted Anil Rao, a clerk at the firm that employed the victim, "
         "Coastline Imports Limited.", "Coastline Imports Limited"),
        # a company that complains accuses, is not accused
        ("Anil Rao and his employer, Coastline Imports Limited, filed a complaint against "
         "the driver.", "Coastline Imports Limited"),
        ("Anil Rao and the company, Coastline Imports Limited, filed a complaint against "
         "the driver.", "Coastline Imports Limited"),
    ],
)  # fmt: skip
def test_near_misses_of_a_listed_firm_accuse_no_firm(nlp: Language, text: str, name: str) -> None:
    assert name not in _accused(nlp, text)


def test_a_company_hung_on_its_counsel_is_no_counsel(nlp: Language) -> None:
    """ "X, counsel for Y and the company": the parser co-ordinates the company with the
    office; no business holds an office, so it is not made counsel (which would keep the
    firm the report convicts from ever being accused)."""
    text = (
        "Kpelle Logs Inc. shipped the logs. Samuel Pewee, counsel for Peter Sackor and the "
        "company, announced an appeal."
    )
    officers = {p.name for c in claims_of(nlp, text) for p in c.participants if p.role == "defence"}
    assert officers == {"Samuel Pewee"}


@pytest.mark.xfail(
    strict=True,
    reason="a firm prosecuted 'as a legal entity' is read by no accusing noun: 'ordered "
    "the prosecution of X SARL' (h27)",
)
def test_a_firm_whose_prosecution_is_ordered_is_accused(nlp: Language) -> None:
    text = "The judge ordered the prosecution of Atlas Residence SARL as a legal entity."
    assert "Atlas Residence SARL" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a firm sued by the state under a statute is not read as accused (h19)",
)
def test_a_firm_sued_under_an_act_is_accused(nlp: Language) -> None:
    text = "The factory inspectors sued Harbour Steel Ltd under the Labour Act."
    assert "Harbour Steel Ltd" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a fine told as imposed on a firm is no ruling on it: 'upheld the corporate "
    "fine imposed on his company, X AB' (lf27)",
)
def test_a_fine_imposed_on_a_firm_accuses_it(nlp: Language) -> None:
    text = (
        "The court upheld the corporate fine of 2 million crowns imposed on his company, "
        "Nordvik Care AB."
    )
    assert "Nordvik Care AB" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a charge sheet that 'arrays' a firm as an accused number is not read (lf7)",
)
def test_a_firm_arrayed_as_accused_is_accused(nlp: Language) -> None:
    text = "The charge-sheet arrays Alpine Cableways Pvt Ltd as accused No. 1."
    assert "Alpine Cableways Pvt Ltd" in _accused(nlp, text)
