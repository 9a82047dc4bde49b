"""Retractions told by what a held man went without, or how long he was held, before he gave
his statement - with no word of coercion (``claims.deprived_told``): "he signed it after three
days in a cell without food", "his statement was signed after two nights without sleep", "the
statement was recorded after he was held for thirty hours in the lock-up", "it was taken
without a lawyer present", "he was kept without food for two days before he signed it"; and an
absolute "without him being allowed to read it" as a statement signed unread. Each with its
near misses: a span with no holding, a "without" of no want, the police's own words, a
negated holding, a witness's statement."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CONFESSED = (
    "Police charged Anwar Kabir with the arson. "
    "Kabir made a confessional statement to the police in May. "
)


@pytest.mark.parametrize(
    "told",
    [
        # a span held, in a place of holding or without a want
        "In court he said his statement had been signed after two nights without sleep in a cell.",
        "In court he said he signed it after three days in a cell without food.",
        # a verb of holding for a span
        "His lawyer argued that the statement had been recorded after he was held for thirty "
        "hours in the lock-up.",
        # a want of the held in the giving's own "without"
        "In court he said he signed the statement without an interpreter.",
        "His lawyer said the statement was taken without a lawyer present.",
        # held without a want before the giving
        "His lawyer said he had been kept without food for two days before he signed the "
        "statement.",
        # signed unread, told by an absolute "without him being ..."
        "In court he said his statement had been signed without him being allowed to read it.",
    ],
)
def test_statement_given_deprived_taken_back(nlp: Language, told: str) -> None:
    assert accused_of("retraction", nlp, _CONFESSED + told) == {"Anwar Kabir"}


@pytest.mark.parametrize(
    "told",
    [
        # a span with no holding, a "without" of no want
        "In court he said he signed the statement after two days of talks with his family.",
        "In court he said he signed the statement after a night at home.",
        "In court he said he signed the statement without hesitation.",
        "In court he said he gave the statement after he spent two days with his lawyer.",
        # the police's own words, a negated holding
        "The inspector said Kabir signed the statement after three days in a cell.",
        "In court he said he had not been kept without food before he signed the statement.",
        # a witness's own statement
        "The witness told the court his statement had been signed after two nights without "
        "sleep in a cell.",
    ],
)
def test_nothing_taken_back(nlp: Language, told: str) -> None:
    assert accused_of("retraction", nlp, _CONFESSED + told) == set()
