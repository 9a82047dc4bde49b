"""rev79: "near" is said of people too. A name after "near" is written as a place
(``nlp.written_places``, prec79: "arrested near Kot Radha Kishan after he stabbed a driver")
unless its own first word is a given name of one sex: "the girl was sitting near Arjun Mehta
when he molested her" names the one who did it. Invented sentences; near misses: places whose
first word tells no sex stay places, and a woman near whom it happened is not the "he"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.ledger.invented import accused_names

_PERSON_NEAR = [
    (
        "The girl was sitting near Arjun Mehta on the bus when he allegedly molested her,"
        " police said.",
        "Arjun Mehta",
    ),
    (
        "The student was sitting near Vikram Singh in the library when he allegedly molested"
        " her, police said.",
        "Vikram Singh",
    ),
    # a paraphrase the parse already read as a person at 1bcfbbcb
    (
        "The shopkeeper was sitting near Bilal Ahmed outside the mosque when he allegedly"
        " stabbed him, police said.",
        "Bilal Ahmed",
    ),
]


@pytest.mark.parametrize(("text", "accused"), _PERSON_NEAR)
def test_a_person_near_whom_it_happened_is_the_pronoun(
    nlp: Language, text: str, accused: str
) -> None:
    assert accused in accused_names(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # places whose first word is no given name of one sex stay places
        "A driver was arrested near Gulshan Iqbal on Monday after he ran over a cyclist.",
        "A cook was detained at a hotel near Model Colony on Friday after he poisoned a guest.",
    ],
)
def test_a_place_after_near_stays_a_place(nlp: Language, text: str) -> None:
    assert not accused_names(nlp, text)


def test_a_woman_near_whom_it_happened_is_not_he(nlp: Language) -> None:
    text = (
        "The boy was standing near Sunita Devi at the market when he allegedly stole a purse,"
        " police said."
    )
    assert "Sunita Devi" not in accused_names(nlp, text)
