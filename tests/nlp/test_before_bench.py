"""``before_the_bench``: the people after the copula of "Before <a court or judge> were ..."
are the sentence's subject; no other fronted "before" is such an inversion."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.before_bench import before_the_bench


def test_the_names_after_the_copula_are_read(nlp: Language) -> None:
    sent = next(nlp("Before Magistrate Anna Kovac were Marek Zelenka and Ivo Brandt.").sents)
    words = {t.text for t in before_the_bench(sent)}
    assert {"Zelenka", "Brandt"} <= words
    assert "Kovac" not in words


@pytest.mark.parametrize(
    "text",
    [
        "Before the hearing began, Marek Zelenka was seen outside.",
        "Before Christmas were the busiest weeks of the year.",
        "Marek Zelenka was before Magistrate Anna Kovac on Monday.",
    ],
)
def test_no_other_fronted_before(nlp: Language, text: str) -> None:
    assert before_the_bench(next(nlp(text).sents)) == []
