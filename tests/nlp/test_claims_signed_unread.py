"""A statement signed unread is a confession taken back: "he had signed it without being
allowed to read it", "he signed whatever the police wrote" - the accused's side says the
statement was not his own word (lexicon ``coercion``; ``retractions._signed_unread``).
Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_SENTENCED = (
    "KATHMANDU: The district court on Tuesday sentenced Bikram Lama to five years for forging "
    "a land deed. "
)


@pytest.mark.parametrize(
    "told",
    [
        "In court, Lama denied the statement, saying he had signed it without being allowed to"
        " read it.",
        "In court, Lama disputed the statement, saying he had never been permitted to read it"
        " before he signed it.",
    ],
)
def test_a_statement_denied_as_signed_unread_is_taken_back(nlp: Language, told: str) -> None:
    assert accused_of("retraction", nlp, _SENTENCED + told) == {"Bikram Lama"}


def test_signing_whatever_the_police_wrote_takes_the_confession_back(nlp: Language) -> None:
    text = (
        "KATHMANDU: Police arrested Bikram Lama in March for forging a land deed and said he had "
        "confessed. In an application to the court, Lama said he had signed whatever the police "
        "wrote after being kept in the lock-up for days."
    )
    assert accused_of("retraction", nlp, text) == {"Bikram Lama"}


def test_a_deed_the_victim_never_read_takes_nothing_back(nlp: Language) -> None:
    text = _SENTENCED + (
        "The court said the landowner had never been allowed to read the deed before he signed "
        "whatever the broker wrote."
    )
    assert accused_of("retraction", nlp, text) == set()
