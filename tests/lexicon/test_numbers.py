"""The number words of the lexicon, and the readers that take them from it."""

from __future__ import annotations

from corroborate.lexicon.numbers import number_words
from corroborate.nlp.quantities import find_quantities


def test_number_words_load_typed() -> None:
    words = number_words()
    assert words.words[0] == "zero" and words.words[-1] == "ninety" and len(words.words) == 28
    assert words.values["nineteen"] == 19 and words.values["eighty"] == 80
    assert words.scales["lakh"] == 100_000 and words.scales["dozen"] == 12


def test_quantities_read_counts_with_the_lexicon_words() -> None:
    text = "Guards held seventy-two suspects, two dozen rifles and 5 lakh rupees."
    values = [q.value for q in find_quantities(text)]
    assert values == [72.0, 24.0, 500_000.0]
