"""A surname after a title that tells a sex ("Mrs X", "Mr X") stands for a bearer of that sex."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.mentions import find_mentions


def _names(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in find_mentions(nlp(text)) if m.type == "person"]


def test_mrs_before_a_surname_is_the_woman_of_that_surname(nlp: Language) -> None:
    text = (
        "Brenda Lowe, 57, was charged with handling stolen goods. Gareth Lowe, 60, was "
        "charged with theft. Mrs Lowe was granted bail."
    )
    assert ("Lowe", "Brenda Lowe") in _names(nlp, text)


def test_mr_before_a_surname_is_the_man_of_that_surname(nlp: Language) -> None:
    text = (
        "Gareth Lowe, 60, was charged with theft. Brenda Lowe, 57, was charged with "
        "handling stolen goods. Mr Lowe was remanded in custody."
    )
    assert ("Lowe", "Gareth Lowe") in _names(nlp, text)


def test_a_title_without_a_sex_leaves_the_nearest_bearer(nlp: Language) -> None:
    text = (
        "Brenda Lowe, 57, was charged with handling stolen goods. Gareth Lowe, 60, was "
        "charged with theft. Dr Lowe was remanded in custody."
    )
    assert ("Lowe", "Gareth Lowe") in _names(nlp, text)
