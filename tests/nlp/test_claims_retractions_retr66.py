"""Retractions told by constructions read since retr66, on invented sentences: a statement the
report only hangs on the accused ("the statement police attributed to his client", "the
admission attributed to her by the police", "the statement he gave to police"), of which his
own side - he himself, his counsel - tells how it came to be: where or when it was taken, that
it exists only in a notebook, that it should not be used. Whatever the clause says, the
accused's side names the police's statement only to dispute it; the police, a prosecutor, a
judge or a witness speaking of it take nothing back, and a clause that tells of it since ("was
read out in court") disputes nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_QASIM = "Farid Qasim was charged with arson in March. "
_RANA = "Imtiaz Rana, a clerk, was charged with fraud on Monday. "
_ANJUM = "Mehwish Anjum was charged with theft last week. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # counsel: where it was taken
        (
            _RANA + "His counsel told the court that the statement police attributed to his "
            "client had been taken in an ambulance.",
            "Imtiaz Rana",
        ),
        (
            _RANA + "His counsel told the court the statement the police attributed to his "
            "client had been taken in a hospital corridor while he waited for stitches.",
            "Imtiaz Rana",
        ),
        # the accused himself: when it was recorded
        (
            _QASIM + "Farid Qasim told the court that the confession police attributed to him "
            "had been recorded while he was asleep.",
            "Farid Qasim",
        ),
        # found only somewhere
        (
            _ANJUM + "Her lawyer told the judge that the admission attributed to her by the "
            "police exists only in the investigator's notebook.",
            "Mehwish Anjum",
        ),
        # not to be used; his own giving named by a pronoun
        (
            _QASIM + "Qasim's lawyer argued that the statement police attributed to his client "
            "should not be used because it was taken at night.",
            "Farid Qasim",
        ),
        (
            _ANJUM + "Her new lawyer told the court that the statement she gave to police on "
            "the night of her arrest should not be used.",
            "Mehwish Anjum",
        ),
    ],
)
def test_statement_hung_on_him_disputed(nlp: Language, text: str, who: str) -> None:
    assert accused_of("retraction", nlp, text) == {who}


@pytest.mark.parametrize(
    "text",
    [
        # the prosecution's side, an officer, a judge
        _QASIM + "The prosecutor told the court that the statement police attributed to Qasim "
        "had been recorded before a magistrate.",
        _QASIM + "The investigating officer told the court the admission attributed to Qasim "
        "was recorded on May 2.",
        _QASIM + "The judge said the statement police attributed to Qasim had been recorded "
        "in the presence of a magistrate.",
        # a witness's own statement: his evidence disowned, no confession taken back
        _QASIM + "Sana Iqbal, a prosecution witness, told the court that the statement police "
        "attributed to her had been taken at her home.",
        # a statement another gave
        _QASIM + "He told the court that the statement the witness gave had been taken at a "
        "tea stall.",
        # made by himself, as he says
        _QASIM + "Qasim told the court that the confession police attributed to him had been "
        "written by him in the lock-up.",
        # what is told of it since disputes nothing
        _RANA + "His counsel told the court that the statement police attributed to his client "
        "was read out in court.",
        _RANA + "His counsel said the statement police attributed to his client was his first "
        "statement.",
    ],
)
def test_nothing_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()
