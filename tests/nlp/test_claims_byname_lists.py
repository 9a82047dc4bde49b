"""A list of people broken by one's by-name ("X, who is known as Y, and Z face charges"):
Z continues the list (``nlp/claims/byname_lists.py``), on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims.byname_lists import listed_past_byname
from tests.nlp.test_claims import accused_of


def test_a_name_after_a_by_name_is_listed_with_the_first(nlp: Language) -> None:
    text = (
        'Rehan Latif, 31, who is known in the area as "Lefty", and Faraz Anwar, 27, face '
        "charges of robbery."
    )
    assert accused_of("charge", nlp, text) == {"Rehan Latif", "Faraz Anwar"}


def test_the_group_word_after_the_list_is_both(nlp: Language) -> None:
    text = (
        'Rehan Latif, 31, who is known in the area as "Lefty", and Faraz Anwar, 27, face '
        "charges of robbery. Magistrate Joan Pike postponed the case, and the two were "
        "remanded in custody."
    )
    assert accused_of("ruling", nlp, text, "remanded") == {"Rehan Latif", "Faraz Anwar"}


def test_a_clause_of_no_by_name_lists_no_one(nlp: Language) -> None:
    doc = nlp("Rehan Latif, who met Faraz Anwar and Omar Daud in May, was charged.")
    name = next(t for t in doc if t.text == "Latif")
    assert list(listed_past_byname(name)) == []
