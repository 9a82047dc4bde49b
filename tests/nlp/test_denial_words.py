"""A statement's denial words, less the verb of denying it negates (``nlp.denial_words``)."""

from __future__ import annotations

import re

from corroborate.nlp.denial_words import denies_in_words, negation_stands


def test_a_denial_word_denies() -> None:
    assert denies_in_words("the case against my brother is baseless")
    assert denies_in_words("she denied the charges")
    assert denies_in_words("I never touched the money")


def test_a_negated_verb_of_denying_denies_nothing() -> None:
    assert not denies_in_words("her client did not deny meeting the broker")
    assert not denies_in_words("he never denied being at the depot")
    assert not denies_in_words("he did not directly deny it")
    assert not denies_in_words("he didn\u2019t deny it")


def test_another_denial_word_beside_a_conceded_one_still_denies() -> None:
    assert denies_in_words("he would never deny meeting her, but the charges are false")
    assert denies_in_words("I am not lying")  # only a verb of denying is turned


def test_negation_stands_outside_a_conceded_denial() -> None:
    negation = re.compile(r"\b(?:not|never|deny|denied)\b")
    assert not negation_stands("she did not deny visiting the yard", negation)
    assert negation_stands("she did not deny visiting the yard but did not steal", negation)
    assert negation_stands("she was not at the yard", negation)
