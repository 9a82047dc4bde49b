"""``main_subjects``: a sentence whose attribution trails its content is about the content's
subject, not the speaker (branch out36)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.attributed import main_subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the speaker trails: the report's own clause is what the sentence is about
        ("Rohan Das gave a statement before the magistrate on Friday, said Inspector Bose.", "Das"),
        ("Rohan Das was arrested in June, police said.", "Das"),
        # the speaker leads: the sentence is theirs as written
        ("Inspector Bose said Rohan Das gave a statement before the magistrate.", "Bose"),
        # no verb of saying at the root
        ("Rohan Das gave a statement before the magistrate on Friday.", "Das"),
    ],
)
def test_main_subjects(nlp: Language, text: str, subject: str) -> None:
    doc = nlp(text)
    assert [t.text for t in main_subjects(next(iter(doc.sents)))] == [subject]
