"""Which words of a phrase are its listed names (``nlp/claims/listed_names.py``), on
invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of


def test_all_of_a_place_after_a_list_is_where_they_are_from(nlp: Language) -> None:
    """ "X, 24, Y, 21, and Z, 22, all of Laventown": "all of" a singular proper noun is the
    list's home, not a group it is part of ("all of them", "two of the accused")."""
    text = "Keron Ashby, 24, Devon Layne, 21, and Tyrell Mapp, 22, all of Laventown, were remanded."
    assert accused_of("ruling", nlp, text, "remanded") == {
        "Keron Ashby",
        "Devon Layne",
        "Tyrell Mapp",
    }
    text = "The court acquitted all of the accused, Ali Raza and Umar Farooq."
    assert accused_of("ruling", nlp, text, "acquitted") == {"Ali Raza", "Umar Farooq"}


def test_one_of_the_accused_before_a_name_is_that_name(nlp: Language) -> None:
    text = "However, one of the accused Jamal Abdi Farah has been acquitted for lack of evidence."
    assert accused_of("ruling", nlp, text, "acquitted") == {"Jamal Abdi Farah"}
