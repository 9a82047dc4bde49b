"""A verb of denying said by the accused's counsel or kin, whose denied clause tells the
accused's own part by "his client" or by name (den87, ``claims.spoken_for_clause``): "X's
lawyer, Y, denied that his client had any link with the franchise", "Counsel for X denied
that his client had taken anything", "X's brother denied that X had any link with the gang".
Counted on the Pakistan and elsewhere open sets' missed denials, where the reader took
"X's lawyer denied the charge" and "X denied that he had any link" but not the two together.
Invented sentences and names, in Pakistani, wire and European styles; near misses that must
not read: a victim's relative, a complainant's or a victim's lawyer saying the same words, and
the accused's lawyer denying another person's part."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_MULTAN = (
    "Police in Multan arrested Rashid Mehmood, a scrap dealer, after Imran Ali, a guard, was "
    "shot during the theft of a transformer. "
)
_TARTU = "Police in Tartu arrested Andres Tamm, 44, a car dealer, over stolen converters. "
_LYON = "Investigators in Lyon detained Paul Mercier, a notary, over forged property deeds. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            _MULTAN + "Mehmood's lawyer, Malik Tariq Awan, denied that his client had any link "
            "with the gang.",
            "Rashid Mehmood",
        ),
        (
            _MULTAN + "Counsel for Mehmood denied that his client had stolen anything from the "
            "grid station.",
            "Rashid Mehmood",
        ),
        (
            _MULTAN + "Mehmood's brother, Zahid Mehmood, denied that Rashid had any link with "
            "the gang.",
            "Rashid Mehmood",
        ),
        (
            _TARTU + "Tamm's lawyer, Kadri Lepp, denied that her client had bought any stolen "
            "parts.",
            "Andres Tamm",
        ),
        (
            _LYON + "Mercier's lawyer denied that Mercier had ever seen the forged deeds.",
            "Paul Mercier",
        ),
    ],
)
def test_the_accused_sides_denial_of_his_part(nlp: Language, text: str, who: str) -> None:
    assert who in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the victim's kin or lawyer, the complainant's lawyer: they act for no one accused
        (
            _MULTAN + "Ali's brother, Asif Ali, denied that Mehmood had any link with the gang.",
            "Rashid Mehmood",
        ),
        (
            _MULTAN + "Ali's lawyer denied that his client had any link with the gang.",
            "Rashid Mehmood",
        ),
        (
            _MULTAN + "The complainant's lawyer denied that his client had any link with the gang.",
            "Rashid Mehmood",
        ),
        # the accused's side denying another's part
        (
            _MULTAN + "Mehmood's brother denied that Imran Ali had any link with the gang.",
            "Rashid Mehmood",
        ),
        (
            _MULTAN + "Mehmood's lawyer denied that the guard had any link with the gang.",
            "Rashid Mehmood",
        ),
        (
            _TARTU + "Tamm's lawyer said she did not deny that her client had bought the parts.",
            "Andres Tamm",
        ),
    ],
)
def test_near_misses_deny_nothing(nlp: Language, text: str, who: str) -> None:
    assert who not in accused_of("denial", nlp, text)
