"""The reading out88 added: a release made "against" a surety, as Pakistani courts write the
bail they grant ("ordered his release against surety bonds of Rs200,000", "allowed X to be
released against a surety bond") - bail, as "released on surety bonds" is
(``surety_prepositions``; ``Rulings._verdicts`` for the verb, ``release_nouns`` for the noun).
Invented sentences and names, in Pakistani and Indian court styles; each reading with near
misses that must not fire ("against" with no surety, a release refused or only asked for).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from tests.nlp.test_claims import accused_of

LEDE = "Police arrested Danish Rafiq, a cloth merchant, on Friday over forged invoices.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        # the verb of releasing, active and passive, and after an order or a leave
        "Additional Sessions Judge Amna Tariq ordered Danish Rafiq released against surety "
        "bonds of Rs100,000.",
        "The court released Danish Rafiq against surety bonds of Rs100,000.",
        "Rafiq was released against a personal bond of Rs50,000 on Monday.",
        "Judge Amna Tariq allowed Danish Rafiq to be released against a surety bond of "
        "Rs100,000, noting that nothing had been recovered from him.",
        # the noun of releasing, its owner a possessive or an "of" phrase
        "Additional Sessions Judge Amna Tariq ordered his release against surety bonds of "
        "Rs100,000, observing that the offence carried three years at most.",
        "Judge Amna Tariq allowed Rafiq's release against surety bonds of Rs 100,000.",
        "The high court ordered the release of Danish Rafiq against surety bonds of Rs500,000.",
        # an Indian sessions court's bail bond
        "The sessions court ordered Danish Rafiq to be released against a bail bond of Rs 25,000.",
    ],
)
def test_a_release_against_a_surety_is_bail(nlp: Language, text: str) -> None:
    assert "Danish Rafiq" in accused_of("ruling", nlp, LEDE + text, "bail")


@pytest.mark.parametrize(
    "text",
    [
        # "against" with no surety tells no release on bail
        "Police released Danish Rafiq against his will into the custody of his uncle.",
        "The court ordered his release against the wishes of the prosecution.",
        # a surety spoken of, not a release on it
        "The prosecutor said he would appeal against the bail of Danish Rafiq.",
        "The complainant's counsel argued against surety bonds for Danish Rafiq.",
        # a release refused or only asked for
        "The court refused to release Danish Rafiq against surety bonds.",
        "His counsel sought his release against surety bonds of Rs100,000.",
    ],
)
def test_no_release_against_a_surety(nlp: Language, text: str) -> None:
    assert "Danish Rafiq" not in accused_of("ruling", nlp, LEDE + text, "bail")


def test_against_is_a_surety_preposition() -> None:
    # the word the readers take from the lexicon; "on" is every release's and stays theirs
    assert legal().surety_prepositions == frozenset({"against"})
