"""A "he" or "she" that stands for the one accused the report last ruled on, charged or
arrested (``Pronouns._anaphor``) does so only where the name tells no other sex. Invented
sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_ACQUITTED = "Peter Okoth was acquitted of theft on Monday. "


def test_she_is_not_the_man_ruled_on_last(nlp: Language) -> None:
    text = _ACQUITTED + "She was later charged with perjury."
    assert "Peter Okoth" not in accused_of("charge", nlp, text)


def test_he_is_the_man_ruled_on_last(nlp: Language) -> None:
    # guard: the pronoun of his sex still stands for him
    text = _ACQUITTED + "He was later charged with perjury."
    assert accused_of("charge", nlp, text) == {"Peter Okoth"}
