"""A statement the accused's side says is not his own words ("the statement recorded at the
police office was 'not my words'", "the confession was not his": ``nlp/claims/not_his_words.py``),
read as a retraction of a confession, on invented sentences - with the guards: what another
side says, a clause of being that disowns no statement."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    "text",
    [
        "Musa Bello was charged with arson. Bello told the judge that the statement taken at "
        'the police post was "not my words".',
        "Musa Bello was charged with arson. His lawyer said the confession recorded by the "
        "detectives was not his.",
    ],
)
def test_a_statement_said_not_his_is_retracted(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Musa Bello"}


@pytest.mark.parametrize(
    "text",
    [
        # the prosecution says so of someone else's statement: no one takes his own back
        "Musa Bello was charged with arson. The prosecutor told the judge that the statement "
        "taken at the police post was not his.",
        # not a statement
        "Musa Bello was charged with arson. Bello told the judge that the decision was not his.",
        # his words, not denied
        "Musa Bello was charged with arson. Bello told the judge that the statement was his.",
    ],
)
def test_no_retraction_where_no_statement_is_disowned(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()
