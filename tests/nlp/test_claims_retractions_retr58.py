"""Retractions told by constructions read since retr58, on invented sentences: an interview
someone owns, taken back by a relative clause of a verb that takes back only one's own words
("his police interview, which he had later disowned"), and one owned by a description the
report introduced as the taker ("The driver, X, ... the driver's police interview, which X had
disowned") - each with its guards: an interview no one owns, one owned by another accused's
description, a relative that does not take it back."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_DRIVER = "The driver, Nimal Perera, was charged with the theft. "


@pytest.mark.parametrize(
    "text",
    [
        _DRIVER + "The judge said the only evidence was the driver's police interview, which "
        "Perera had disowned.",
        _DRIVER + "The judge said the only evidence was his police interview, which he had "
        "later disowned.",
    ],
)
def test_interview_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Nimal Perera"}


@pytest.mark.parametrize(
    "text",
    [
        # another accused's description owns the interview
        "The driver, Nimal Perera, and the guard, Sunil Silva, were charged with the theft. "
        "The judge said the only evidence was the guard's police interview, which Perera had "
        "disowned.",
        # the relative does not take it back
        _DRIVER + "The judge said the only evidence was the driver's police interview, which "
        "Perera had read.",
        # an interview no one owns: whose words it holds is not told
        _DRIVER + "The judge said the only evidence was the police interview, which Perera had "
        "disowned.",
    ],
)
def test_interview_not_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()
