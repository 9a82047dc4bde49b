"""A plural kin noun owned by no one before a list's names ("Brothers X and Y appeared"):
kin of one another, no party's relatives (``nlp/claims/kin_titles.py``), on invented
sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.kin_titles import kin_of_one_another


def _word(nlp: Language, text: str, word: str) -> bool:
    doc = nlp(text)
    return kin_of_one_another(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Brothers Lemeki Tora and Sami Tora appeared in court on Monday.", "Brothers"),
        ("The sisters, Ana Lomu and Mere Lomu, were charged with fraud.", "sisters"),
    ],
)
def test_an_unowned_plural_kin_noun_is_kin_of_one_another(
    nlp: Language, text: str, word: str
) -> None:
    assert _word(nlp, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("His brothers Lemeki Tora and Sami Tora gave evidence.", "brothers"),
        ("The victim's sisters, Ana Lomu and Mere Lomu, wept in court.", "sisters"),
        ("The brothers of the victim, Lemeki Tora and Sami Tora, gave evidence.", "brothers"),
        ("His brother, Sami Tora, gave evidence.", "brother"),
    ],
)
def test_an_owned_or_single_kin_noun_is_someones_relative(
    nlp: Language, text: str, word: str
) -> None:
    assert not _word(nlp, text, word)
