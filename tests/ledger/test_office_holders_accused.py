"""An accused who holds an office or a trade: the noun that names it ("a lawyer", "Prosecutor
X") tells what he does for a living; a court's ruling on him in the same sentence tells his
part in the proceeding (invented reports, through ingest and ``build_ledger``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.ledger.invented import accused_names


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        (
            "A tenth lawyer, Basil Roe, who has not been seen since March, was declared a"
            " proclaimed offender.",
            "Basil Roe",
        ),
        (
            "A young lawyer, Omar Fitch, was sentenced to seven years in prison for the"
            " killing of Victor Hale.",
            "Omar Fitch",
        ),
        ("Omar Fitch, a lawyer, was convicted of fraud on Tuesday.", "Omar Fitch"),
        ("A retired judge, Basil Roe, was acquitted of taking bribes.", "Basil Roe"),
        ("Prosecutor Basil Roe was convicted of taking bribes from the smugglers.", "Basil Roe"),
    ],
)
def test_an_office_holder_ruled_on_in_his_own_clause_is_accused(
    nlp: Language, text: str, accused: str
) -> None:
    assert accused_names(nlp, text) == {accused}


@pytest.mark.parametrize(
    "text",
    [
        # counsel, judge and prosecutor beside the one ruled on: the office is their part
        "Defence lawyer Basil Roe said Omar Fitch was convicted of murder on Monday.",
        "Omar Fitch was convicted of murder. His lawyer, Basil Roe, said he would appeal.",
        "Judge Basil Roe sentenced Omar Fitch to seven years for the murder.",
        "Omar Fitch, represented by lawyer Basil Roe, was granted bail by the court.",
        "Omar Fitch, defended by Advocate Basil Roe, was acquitted of the murder.",
        "Omar Fitch was acquitted by Justice Basil Roe of the murder on Monday.",
        "Basil Roe, the prosecutor, charged Omar Fitch with murder.",
        "The court convicted Omar Fitch, rejecting the arguments of his counsel, Basil Roe.",
        # a charge is no ruling: the verbs it is read from have the prosecutor for subject too
        "Omar Fitch denied the burglary at the farm. Prosecuting counsel Basil Roe put it to"
        " him that his fingerprints were found on the knife.",
    ],
)
def test_an_officer_beside_the_one_ruled_on_is_not_accused(nlp: Language, text: str) -> None:
    assert accused_names(nlp, text) == {"Omar Fitch"}


@pytest.mark.xfail(
    strict=True,
    reason="a charge or an arrest is not taken over an office noun: the charge readings also "
    "make the prosecutor's own clauses a charge, which would accuse counsel",
)
def test_a_lawyer_arrested_in_his_own_clause(nlp: Language) -> None:
    assert accused_names(
        nlp, "A second lawyer, Omar Fitch, was arrested on Monday for forging the land deeds."
    ) == {"Omar Fitch"}
