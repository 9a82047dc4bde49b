"""A repeated "of" phrase whose noun is left out (``nlp/claims/gapped_of.py``): "the arrest
of X, and of Y", on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of


def test_the_second_of_phrase_is_the_arrest_s_too(nlp: Language) -> None:
    text = (
        "Inspector Sajjad Hyder said a raid on Sunday led to the arrest of the grocer's son, "
        "Waqar Younis Dogar, and of the cashier, Mushtaq Hussain Baloch."
    )
    got = accused_of("arrest", nlp, text)
    assert {"Waqar Younis Dogar", "Mushtaq Hussain Baloch"} <= got, got
    assert "Sajjad Hyder" not in got


def test_a_later_of_phrase_of_another_noun_is_not_taken(nlp: Language) -> None:
    text = "The arrest of Waqar Younis Dogar followed the complaint of Mushtaq Hussain Baloch."
    assert accused_of("arrest", nlp, text) == {"Waqar Younis Dogar"}
