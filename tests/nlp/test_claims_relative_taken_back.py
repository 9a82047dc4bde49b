"""A relative clause of taking back on a confession the parser hung elsewhere
(``TakingBack._relative_taken_back``): on the name apposed to the confession's owner ("the
confession of the driver, X, which X later retracted" - a "which" is never the person's), or
joined to another relative clause or verb of the same noun ("his statement ..., which was
inadmissible and which he had repudiated", "which she signed and later retracted").
Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Anwar Gill and Sohail Akram were convicted of the murder. The judicial confession "
            "of the driver, Anwar Gill, which Gill had later retracted, was kept out of "
            "consideration.",
            "Anwar Gill",
        ),
        (
            "Bilal Haider was convicted of fraud. The court said the only evidence against him "
            "was his statement recorded in police custody, which was inadmissible and which he "
            "had repudiated at the first opportunity.",
            "Bilal Haider",
        ),
        (
            "Rukhsana Bibi was charged with the murder. Her confession to the magistrate, which "
            "she signed and later retracted, was the main evidence.",
            "Rukhsana Bibi",
        ),
    ],
)
def test_relative_clause_of_taking_back_hung_elsewhere(nlp: Language, text: str, name: str) -> None:
    assert accused_of("retraction", nlp, text) == {name}


def test_a_who_on_the_apposed_name_is_the_persons_own(nlp: Language) -> None:
    # guard: "who" is the watchman, whose own account is taken back, not the statement
    text = (
        "Rukhsana Bibi was charged with the murder. The confession of the accused, Rukhsana "
        "Bibi, was read out beside the statement of the watchman, Gul Zaman, who later "
        "retracted his account."
    )
    assert "Gul Zaman" not in accused_of("retraction", nlp, text)
