"""``nlp.grammar``'s shared readings that the review of the twenty-eighth session gathered
there: ``to_infinitive`` (the test fourteen readers wrote out) and ``NOUN_SUBJECTS`` (the
noun-phrase subject labels, active and passive). Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from corroborate.nlp.grammar import NOUN_SUBJECTS, to_infinitive


def _token(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The magistrate refused to release Corvin Asher on bail.", "release"),
        ("Prosecutors asked the court to detain the ferry mechanic.", "detain"),
        ("The judge ordered Asher to be held for ten days.", "held"),
    ],
)
def test_an_infinitive_with_its_to(nlp: Language, text: str, word: str) -> None:
    assert to_infinitive(_token(nlp, text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The magistrate released Corvin Asher on bail.", "released"),
        ("Asher was sent to the district jail.", "sent"),  # "to" a preposition
        ("The court will detain the ferry mechanic.", "detain"),  # a bare verb, no "to"
    ],
)
def test_no_infinitive_with_its_to(nlp: Language, text: str, word: str) -> None:
    assert not to_infinitive(_token(nlp, text, word))


def test_noun_subjects_are_the_active_and_passive_noun_phrase_labels() -> None:
    assert NOUN_SUBJECTS == {"nsubj", "nsubjpass"}  # a clausal subject names no one
