"""lexicon.measures: the measure vocabulary, typed, and the patterns made from it."""

from __future__ import annotations

import re

import pytest

from corroborate.lexicon import measures
from corroborate.records import MEASURES


def test_every_measure_is_a_known_one() -> None:
    words = measures.measure_words()
    assert set(words.cues) <= set(MEASURES)
    assert set(words.lemmas) <= set(MEASURES)
    assert set(words.units) == set(measures.UNIT_CLASSES)


def test_a_cue_may_serve_several_measures() -> None:
    words = measures.measure_words()
    assert words.measures_of_lemma("Capture") == ["arrests", "weapons_seized"]
    assert words.measures_of_lemma("seize") == ["weapons_seized"]
    assert words.measures_of_lemma("say") == []


def test_pattern_matches_multiword_forms_longest_first() -> None:
    found = re.compile(measures.pattern(["taken into custody", "taken"]))
    long, short = found.match("taken  into\ncustody"), found.match("taken away")
    assert long is not None and long.group() == "taken  into\ncustody"
    assert short is not None and short.group() == "taken"


def test_an_unknown_measure_in_the_data_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown measure 'sieges'"):
        measures._measure("sieges")
