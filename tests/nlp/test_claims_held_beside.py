"""A holding told beside an arrest (``nlp/claims/held_beside.py``), on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of


def test_one_held_beside_another_s_arrest_is_arrested(nlp: Language) -> None:
    text = (
        "Police said Gopal Bahadur Rana was arrested in Dharan, while the society's "
        "treasurer, Hari Prasad Koirala, was held in Itahari."
    )
    assert accused_of("arrest", nlp, text) == {"Gopal Bahadur Rana", "Hari Prasad Koirala"}


def test_one_held_hostage_or_at_gunpoint_is_not(nlp: Language) -> None:
    for text in (
        "Gopal Bahadur Rana was arrested in Dharan while his cousin Hari Prasad Koirala "
        "was held hostage.",
        "Gopal Bahadur Rana was arrested in Dharan, and Hari Prasad Koirala was held at "
        "gunpoint for hours.",
    ):
        assert accused_of("arrest", nlp, text) == {"Gopal Bahadur Rana"}, text


def test_a_meeting_held_beside_an_arrest_is_no_one_s(nlp: Language) -> None:
    text = "Gopal Bahadur Rana was arrested on Monday and a rally was held in Dharan."
    assert accused_of("arrest", nlp, text) == {"Gopal Bahadur Rana"}
