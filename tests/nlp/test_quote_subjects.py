"""A reported clause's subject that a quotation opening after it cut off (``nlp.quote_subjects``):
'said her husband "only carried files"' (the parser hangs "husband" on "said") and 'told
reporters he had "only introduced a buyer"' ("he" on "had") - given back to the reported verb,
as the parse does without the mark. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _subject_of(nlp: Language, text: str, verb: str) -> str | None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    subjects = [c.text for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if subjects else None


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        # the subject hung on the verb of saying as its object
        (
            'His wife, Gita Thapa, said her husband "only carried files to the officer".',
            "carried",
            "husband",
        ),
        # the subject hung on the auxiliary the quotation split from its verb
        (
            'His wife told reporters he had "only introduced a buyer and a seller".',
            "introduced",
            "he",
        ),
        # an audience told apart: the object before the mark is the subject
        (
            'His wife told the Courier her husband "has been in the trade for thirty years".',
            "been",
            "husband",
        ),
    ],
)
def test_cut_off_subject_given_back(nlp: Language, text: str, verb: str, subject: str) -> None:
    assert _subject_of(nlp, text, verb) == subject


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the one told is the audience, not the subject
        ('Paswan told the court "only drove the tanker where the owner sent it".', "drove"),
    ],
)
def test_audience_not_made_a_subject(nlp: Language, text: str, verb: str) -> None:
    assert _subject_of(nlp, text, verb) is None


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        # the quotation inside the clause, the subject already the verb's: nothing moves
        ('The landlord said he "never raised a hand against any tenant".', "raised", "he"),
        # the parse keeps this subject on its verb with the mark between (as at 16f8ec57)
        ('Rafiq\'s mother said her son "only drives where the owner tells him to go".',
         "drives", "son"),
    ],
)  # fmt: skip
def test_a_parsed_subject_is_left_alone(nlp: Language, text: str, verb: str, subject: str) -> None:
    assert _subject_of(nlp, text, verb) == subject
