"""A length of time by its grammar, whatever NER typed it; invented sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims.lengths import a_length


def test_a_counted_unit_of_time_is_a_length(nlp: Language) -> None:
    doc = nlp("The Varna District Court granted the customs police nine more days to keep them.")
    assert a_length(next(t for t in doc if t.lower_ == "days"))


def test_a_unit_without_a_number_is_no_length(nlp: Language) -> None:
    doc = nlp("The clerk kept a diary of his days at sea.")
    assert not a_length(next(t for t in doc if t.lower_ == "days"))
