"""Whether a named person can be what a pronoun stands for (``nlp.antecedents``), read from
the parse of invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from corroborate.nlp.antecedents import agrees, bound_subject, owned_by_a_rival, person_gender


def _person(doc: Doc, name: str) -> Span:
    start = doc.text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return span


def _pronoun(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize(
    ("text", "rival"),
    [
        ("Omar Fitch's campaign manager says he was relieved.", True),
        ("The lawyer for Omar Fitch said he had been charged.", True),
        ("An aide to Omar Fitch said he had been charged.", True),
        # a plural, a sex that disagrees, a body: none is "he"
        ("Omar Fitch's lawyers said he had been charged.", False),
        ("Omar Fitch's wife said he had been charged.", False),
        ("Omar Fitch's office said he had been charged.", False),
    ],
)
def test_the_owner_of_a_noun_for_another_person(nlp: Language, text: str, rival: bool) -> None:
    doc = nlp(text)
    assert owned_by_a_rival(_person(doc, "Omar Fitch"), _pronoun(doc, "he")) is rival


def test_a_title_tells_a_sex_a_name_does_not(nlp: Language) -> None:
    doc = nlp("Mrs Sana Mir thanked Omar Fitch before he left.")
    he = _pronoun(doc, "he")
    assert not agrees(_person(doc, "Sana Mir"), he)
    assert agrees(_person(doc, "Omar Fitch"), he)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Omar Fitch said that Basil Roe had paid him.", "Roe"),
        ("Basil Roe responded by accusing him of theft.", "Roe"),
        ("Basil Roe tried to use the ad, accusing him of theft.", "Roe"),
    ],
)
def test_an_object_pronoun_is_bound_away_from_its_verbs_subject(
    nlp: Language, text: str, subject: str
) -> None:
    bound = bound_subject(_pronoun(nlp(text), "him"))
    assert bound is not None and bound.text == subject


def test_a_subject_or_an_owner_is_bound_to_no_one(nlp: Language) -> None:
    doc = nlp("Basil Roe said he had lost his appeal.")
    assert bound_subject(_pronoun(doc, "he")) is None
    assert bound_subject(_pronoun(doc, "his")) is None
    # the passive's subject does not accuse: the mob does
    doc = nlp("Basil Roe was lynched by a mob after accusing him of theft.")
    assert bound_subject(_pronoun(doc, "him")) is None


def test_a_possessive_bound_to_the_subject_tells_its_sex(nlp: Language) -> None:
    """ "X sold her shop": the owner of the verb's own object is its subject; not where a
    second person is given the thing ("X gave Y her phone")."""
    doc = nlp("Nusrat Jahan sold her shop to a neighbour.")
    assert person_gender(doc[0:2]) == "Fem"
    doc = nlp("Kiprono Chebet gave Nusrat Jahan her phone.")
    assert person_gender(doc[0:2]) is None


def test_a_first_name_tells_a_sex_where_the_library_gives_one(nlp: Language) -> None:
    assert person_gender(nlp("Saima Naz was arrested.")[0:2]) == "Fem"
    assert person_gender(nlp("Kamran Yousaf was arrested.")[0:2]) == "Masc"
    assert person_gender(nlp("Jordan Kemp was arrested.")[0:2]) is None
    assert person_gender(nlp("Naz was arrested.")[0:1]) is None  # a lone word: a family name
