"""A confession told by what the accused said inside a statement placed before a magistrate
or in custody ("In a statement recorded under Section 164, he said he had ...", "a statement
before the magistrate in which he said ...": ``nlp/claims/statement_said.py``), and the
statements given to the police the verb of giving places (``placed_setting.given_setting``),
on invented sentences - with the guards: a statement that denies, a witness's statement."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        (
            "Police arrested Hamid Raza over the robbery of a jeweller. In a statement recorded "
            "before Judicial Magistrate Nadia Shah under Section 164, he said he had kept watch "
            "outside the shop.",
            "judicial",
        ),
        (
            "Police arrested Hamid Raza over the robbery of a jeweller. Raza had appeared before "
            "a magistrate in May and, in a statement recorded under Section 164, said that he "
            "had hidden the gold in his uncle's house.",
            "judicial",
        ),
        (
            "Police arrested Hamid Raza over the robbery of a jeweller. Raza gave a statement "
            "before a magistrate in Jhelum in which he said he had hired the car for the gang.",
            "judicial",
        ),
        (
            "Police arrested Hamid Raza over the robbery of a jeweller. The prosecutor said Raza "
            "had made admissions to the arresting officer after the raid.",
            "custodial",
        ),
    ],
)
def test_what_the_accused_said_in_a_placed_statement_is_his_confession(
    nlp: Language, text: str, setting: str
) -> None:
    found = [c for c in claims_of(nlp, text) if c.kind == "confession"]
    assert {p.name for c in found for p in c.participants if p.role == "accused"} == {"Hamid Raza"}
    assert {c.setting for c in found} == {setting}


@pytest.mark.parametrize(
    "text",
    [
        # a statement that denies is no confession, wherever it was made
        "Police arrested Hamid Raza over the robbery of a jeweller. Raza made a statement to "
        "the investigating officer in which he said he had been at a wedding that night.",
        "Police arrested Hamid Raza over the robbery of a jeweller. In his statement to the "
        "investigating officer, Raza said he was not in the city that week.",
        "Police arrested Hamid Raza over the robbery of a jeweller. Raza made a statement at "
        "the police station denying any part in it.",
    ],
)
def test_a_statement_that_denies_is_no_confession(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == set()


def test_a_witness_statement_before_a_magistrate_is_no_confession(nlp: Language) -> None:
    text = (
        "Police arrested Hamid Raza over the robbery of a jeweller. In a statement recorded "
        "before a magistrate, the jeweller's son Bilal Ahmed said he had seen Raza at the door."
    )
    assert accused_of("confession", nlp, text) == set()
