"""A nickname in quotes inside a name (``nlp.mentions.nicknames``): the person is the given
name and the surname, the quoted words his alias (invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.mentions import find_mentions
from tests.nlp.test_claims import accused_of


def _people(nlp: Language, text: str) -> dict[str, str | None]:
    return {m.name: m.alias for m in find_mentions(nlp(text)) if m.type == "person"}


@pytest.mark.parametrize(
    "text",
    [
        'Police arrested Darnell "Shorty" Baptiste on Friday after the raid.',
        "Police arrested Darnell “Shorty” Baptiste on Friday after the raid.",
        "Police arrested Darnell 'Shorty' Baptiste on Friday after the raid.",
    ],
)
def test_the_quoted_nickname_is_the_alias_of_the_whole_name(nlp: Language, text: str) -> None:
    """Straight, curly or single quotes: NER tags none of the words here."""
    assert _people(nlp, text) == {"Darnell Baptiste": "Shorty"}


def test_a_name_ner_cut_at_the_quote_is_joined(nlp: Language) -> None:
    """ "Kwame" a person and 'Bigga" Mensah of murder on' a work of art: one man."""
    text = 'The jury convicted Kwame "Bigga" Mensah of murder on Tuesday.'
    assert _people(nlp, text) == {"Kwame Mensah": "Bigga"}
    assert accused_of("ruling", nlp, text, "convicted") == {"Kwame Mensah"}


def test_the_quotes_are_no_part_of_the_name(nlp: Language) -> None:
    text = 'Prosecutors say Lorenzo "Lollo" Ferri shot the shopkeeper twice.'
    assert _people(nlp, text) == {"Lorenzo Ferri": "Lollo"}


@pytest.mark.parametrize(
    "text",
    [
        'Court Frees "Lucky" Man After Ten Years',  # a title-case headline
        'He said "Yes" Monday and left.',  # a quoted word between other words
        'Fans of the Manchester "Red" Supporters Union met on Sunday.',  # a body's name
    ],
)
def test_quoted_words_between_capitals_that_are_no_name(nlp: Language, text: str) -> None:
    assert all(alias is None for alias in _people(nlp, text).values())
