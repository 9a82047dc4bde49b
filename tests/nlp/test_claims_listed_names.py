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


def test_a_name_after_the_of_phrase_of_a_firm_renames_the_noun(nlp: Language) -> None:
    """ "the manager of Sunrise Textiles, X": the parser hangs the name on the firm (or the
    thing) the noun's "of" phrase ends with; a firm bears no person's name, so X is the
    manager - and in a list whose first item says whose owner he is, the next name the
    parser hung on the firm is the list's next item."""
    text = "Police arrested the manager of Sunrise Textiles, Imran Qureshi, on Friday."
    assert accused_of("arrest", nlp, text, "arrested") == {"Imran Qureshi"}
    text = (
        "The court acquitted Salim Akhtar, 52, owner of Crescent Mills, his driver Javed Iqbal,"
        " 30, and Nadeem Abbas, 41."
    )
    assert accused_of("ruling", nlp, text, "acquitted") == {
        "Salim Akhtar",
        "Javed Iqbal",
        "Nadeem Abbas",
    }


def test_names_after_an_of_phrase_about_a_person_are_not_the_noun(nlp: Language) -> None:
    """Near miss: "the killer of X, Y and Z" lists whom he killed; the names stay the "of"
    phrase's own, never the one arrested."""
    text = "Police arrested the killer of Ahmed Raza, Bilal Khan and Nasir Ali on Friday."
    assert accused_of("arrest", nlp, text) == set()
