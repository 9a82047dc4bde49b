"""Retractions told by constructions read since ret52, on invented sentences: a statement
owned by a noun for the accused whose own relative clause of taking back restates the owner
by a pronoun ("the convict's statement before the magistrate, which he had resiled from"),
each with a near miss (a relative that keeps the statement, one that tells its signing)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = "Police charged Selim Hossain with the murder. "


@pytest.mark.parametrize(
    "text",
    [
        _CHARGED + "The court did not rely on the convict's statement before the magistrate, "
        "which he had resiled from.",
        _CHARGED + "The accused's caution statement, which he had disowned at plea, was "
        "admitted after a trial within a trial.",
    ],
)
def test_described_owner_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Selim Hossain"}


@pytest.mark.parametrize(
    "text",
    [
        # a relative that keeps the statement: never taken back
        _CHARGED + "The court relied on the convict's statement before the magistrate, "
        "which he had never withdrawn.",
        # a noun for another part: a witness takes back his own evidence
        _CHARGED + "The court did not rely on the witness's statement before the magistrate, "
        "which he had resiled from.",
        # the relative tells who recorded it, not who took it back
        _CHARGED + "The court relied on the convict's statement before the magistrate, which "
        "he had signed in the morning.",
    ],
)
def test_described_owner_not_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()
