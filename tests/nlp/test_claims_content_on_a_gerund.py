"""conf79: an accused's account told to those who hold him, with the reported clause the
parser hung on the gerund of the phrase that tells where ("X told investigators during
questioning that he had ...": ``claims.content_on_a_gerund``, read by ``ToldCustodians`` and
``Answers``), is his custodial confession; near misses: a witness's account, a denying content,
a gerund that takes its own clause ("after learning that ...")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of
from tests.nlp.test_claims_confessions_conf35 import settings


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police detained Andres Saar over a series of bicycle thefts. Saar told investigators "
            "during questioning that he had taken most of the bikes himself.",
            "Andres Saar",
        ),
        (
            "Police detained Andres Saar over the thefts. According to the head of the city's "
            "crime unit, Saar told investigators during questioning that he had sold the bikes "
            "in Riga.",
            "Andres Saar",
        ),
        (
            "The CIA staff arrested Naveed Anjum in the dacoity case. Anjum told the police "
            "during questioning that he had kept the looted gold at his in-laws' house.",
            "Naveed Anjum",
        ),
        (
            "Police arrested Ramesh Kale for the theft. Kale told detectives during his "
            "questioning that he had sold the jewellery in Pune, the inspector said.",
            "Ramesh Kale",
        ),
    ],
)
def test_account_told_during_questioning_is_custodial(nlp: Language, text: str, name: str) -> None:
    assert settings(nlp, text, name) == {"custodial"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a witness tells the police what he saw: no confession of his, none of the accused
        (
            "Police arrested Kiran Basnet over the theft. A priest, Hari Joshi, told "
            "investigators during questioning that he had seen Basnet near the shrine.",
            "Kiran Basnet",
        ),
        (
            "Police arrested Kiran Basnet over the theft. A priest, Hari Joshi, told "
            "investigators during questioning that he had seen Basnet near the shrine.",
            "Hari Joshi",
        ),
        # what he told them denies the deed
        (
            "Police arrested Kiran Basnet over the theft. Basnet told investigators during "
            "questioning that he had not entered the shrine.",
            "Kiran Basnet",
        ),
        # a gerund that takes its own clause names no setting: what he learned, not told
        (
            "Police arrested Kiran Basnet over the theft. Basnet told police after learning that "
            "his brother had been arrested that he would surrender.",
            "Kiran Basnet",
        ),
    ],
)
def test_near_misses_are_no_confession(nlp: Language, text: str, name: str) -> None:
    assert settings(nlp, text, name) == set()


def test_denial_told_during_questioning_is_read(nlp: Language) -> None:
    text = (
        "Police arrested Kiran Basnet over the theft. Basnet told investigators during "
        "questioning that he had not entered the shrine."
    )
    denials = [c for c in claims_of(nlp, text) if c.kind == "denial"]
    assert [p.name for c in denials for p in c.participants] == ["Kiran Basnet"]
