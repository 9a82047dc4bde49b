"""A harm done to "the" victims a report has said were killed is that killing, not a second,
lesser act (``nlp.claims.victims_told``); invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims import find_claims
from corroborate.nlp.mentions import find_mentions


def crime_acts(nlp: Language, text: str) -> list[str | None]:
    doc = nlp(text)
    found, _ = find_claims(doc, find_mentions(doc))
    return [c.act for c in found if c.kind == "crime"]


def test_shooting_the_victims_told_murdered_is_the_murder(nlp: Language) -> None:
    text = (
        "Omar Lind on Monday confessed before a magistrate to the murders of two harbour "
        "guards in 2016. In his statement, Lind said he had shot the guards on the orders of "
        "a gang leader."
    )
    assert crime_acts(nlp, text) == ["killing"]


@pytest.mark.parametrize(
    "text",
    [
        # the guards were told shot, never killed
        "Police said Omar Lind shot two guards at the harbour. Lind said he had shot the "
        "guards in self-defence.",
        # the one killed is someone else
        "Omar Lind was charged with the murder of a shopkeeper. Police said he had also shot "
        "the guards.",
        # "two guards" need not be the ones told before
        "Omar Lind was charged with the murders of two guards. Police said he had shot two "
        "guards in another town in 2014.",
    ],
)
def test_a_shooting_of_others_stays_an_assault(nlp: Language, text: str) -> None:
    assert set(crime_acts(nlp, text)) == {"assault"}
