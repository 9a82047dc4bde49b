"""Retractions told by constructions read since retr50, on invented sentences: a statement
its signer says he did not read or write - "he had signed the statement, and he had not read
it", "papers ... he had not read one line of", "a statement that he did not write and was
not read to him", "typed in Gujarati, which he cannot read" (``claims.unread_statement``) -
each with its guards: a paper no one signed, one read (or not) by another, the prosecution's
words, a paper that is no statement, a witness the report never accused who disowns his own
evidence."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = "Police charged Selim Hossain with the murder. "


@pytest.mark.parametrize(
    "text",
    [
        _CHARGED + "Hossain testified that he had signed the statement under caution at four "
        "in the morning, after a night in the cells, and that he had not read it.",
        _CHARGED + "Hossain told the court that he had been made to sign papers at the station "
        'and that he had "not read one line of it".',
        _CHARGED + "His counsel objected, saying his client was kept awake for two nights before "
        'he signed a statement "that he did not write and was not read to him".',
        # the statement told as in words its signer cannot read
        _CHARGED + "His lawyer said the statements the police attributed to him had been typed "
        "in Gujarati, which he cannot read.",
    ],
)
def test_signed_unread_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Selim Hossain"}


@pytest.mark.parametrize(
    "text",
    [
        # a paper no one signed
        _CHARGED + "Hossain told the court he had not read the charge sheet.",
        # read (or not) by another
        _CHARGED + "Hossain told the court he had signed the statement, and that the police "
        "had not read it.",
        # the prosecution's words
        _CHARGED + "The prosecutor said Hossain signed a statement that he did not write.",
        # a paper that is no statement
        _CHARGED + "Hossain said he signed a letter that he did not write.",
        # words another cannot read
        _CHARGED + "His lawyer said the statement was written in Bengali, which the magistrate "
        "cannot read.",
        # a witness, no one the report accused, disowns his own evidence
        _CHARGED + "Abdul Karim, a shopkeeper who was a prosecution witness, told the court he "
        "had signed a statement that he did not write.",
    ],
)
def test_read_not_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()
