"""conf83: a description apposed after a name with a people's word before its noun ("X, an
Indian engineer", "X, a Honduran mechanic") describes X as the bare noun does: NER's NORP word
says what kind of engineer, not whose, so "the engineer" (or "the Honduran mechanic") later
stands for X (``DescribedPeople._describing_noun``, ``_description_told``). Near misses: a
person's name in the apposition still keeps it from describing X ("X, his driver Y")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims_confessions_conf35 import settings


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Customs officers at Dubai airport arrested Vijay Rao, an Indian engineer, with "
            "4kg of gold. The engineer admitted smuggling the gold during questioning.",
            "Vijay Rao",
        ),
        (
            "Dubai Police arrested Arjun Menon, an Indian accountant, for embezzling Dh3 "
            "million from his employer. The accountant admitted during questioning that he "
            "transferred the money to his own account.",
            "Arjun Menon",
        ),
        (
            "Police in Belize City charged Ramon Castillo, a Honduran mechanic, with drug "
            "trafficking. Police said the Honduran mechanic had given a caution statement "
            "admitting he was paid to unload the plane.",
            "Ramon Castillo",
        ),
    ],
)
def test_description_with_a_peoples_word_stands_for_the_name(
    nlp: Language, text: str, name: str
) -> None:
    assert settings(nlp, text, name) == {"custodial"}


def test_a_name_in_the_apposition_still_describes_no_one(nlp: Language) -> None:
    text = (
        "Police arrested Saleem Akhtar, the Pakistani driver of trader Bilal Ahmed, over the "
        "theft. The driver admitted the theft during questioning."
    )
    # "of trader Bilal Ahmed" says whose driver: the apposition names Bilal Ahmed, so "the
    # driver" is left to the other rules; it is never Bilal Ahmed's confession
    assert settings(nlp, text, "Bilal Ahmed") == set()
