"""A description noun whose apposed name the parser cut from it ("The complaint names the
cook, X alias Y, and the owner of the inn, Z": the alias and the list's next item make the
parser hang the name on the noun as its first conjunct, or on the noun's verb as a bare
modifier) still introduces that person: a later "the cook" is X
(``nlp/claims/described_people.py``, ``_split_apposition``). Near misses: a name after "and"
(a list's next item), a description that is a victim's, and a bystander's noun that is not
the one who confesses. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_ARREST = " Police arrested Kowalczyk on Monday."


@pytest.mark.parametrize(
    "text",
    [
        "The complaint names the driver, Tomasz Kowalczyk alias Bolek, and the owner of the "
        "depot, Jan Nowak." + _ARREST + " During interrogation, the driver admitted that he "
        "had cut the cable.",
        "The complaint names the cook, Tomasz Kowalczyk alias Bolek, and the owner of the "
        "inn, Jan Nowak." + _ARREST + " During questioning the cook confessed that he had "
        "poisoned the soup.",
        "The report nominates the cashier, Tomasz Kowalczyk alias Bolek, and the manager of "
        "the branch, Jan Nowak." + _ARREST + " During questioning the cashier confessed that "
        "he had taken the money.",
        "The complaint accuses the mechanic, Tomasz Kowalczyk alias Bolek, and the owner of "
        "the garage, Jan Nowak." + _ARREST + " During interrogation the mechanic confessed "
        "that he had cut the brake line.",
    ],
)  # fmt: skip
def test_a_cut_apposition_still_introduces_the_description(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Tomasz Kowalczyk") == {"custodial"}
    assert accused_of("confession", nlp, text) == {"Tomasz Kowalczyk"}


def test_a_cut_apposition_carries_a_later_ruling(nlp: Language) -> None:
    text = (
        "The complaint names the cook, Tomasz Kowalczyk alias Bolek, and the owner of the "
        "inn, Jan Nowak, in the poisoning. A magistrate remanded the cook in police custody "
        "for three days."
    )
    assert accused_of("ruling", nlp, text, "remanded") == {"Tomasz Kowalczyk"}


@pytest.mark.parametrize(
    "text",
    [
        # a list's next item after "and" is no apposition of the noun before it
        "Police arrested the cook, the waiter and Tomasz Kowalczyk alias Bolek over the "
        "poisoning. During questioning the cook confessed that he had poisoned the soup.",
        # the noun is a victim's: what "the cook" tells police is no confession of his
        "Doctors treated the cook, Tomasz Kowalczyk alias Bolek, and the owner of the inn, "
        "Jan Nowak, for poisoning. The cook told police that he saw the waiter pour a powder "
        "into the soup.",
        # a bystander's noun: the one who confesses is the cook, named by no one
        "Police questioned the doorman, Tomasz Kowalczyk alias Bolek, and the owner of the "
        "inn, Jan Nowak. During questioning the cook confessed that he had poisoned the soup.",
    ],
)  # fmt: skip
def test_no_confession_for_the_name_beside_a_noun(nlp: Language, text: str) -> None:
    assert "Tomasz Kowalczyk" not in accused_of("confession", nlp, text)


def test_a_noun_before_two_names_introduces_neither(nlp: Language) -> None:
    # "Baker couple, X and Y Z": the names are joined to each other, the noun describes both
    text = (
        "Baker couple, Tomasz and Anna Kowalczyk were arrested over the poisoned bread on "
        "Monday. The couple's driver, Jan Nowak, was questioned too. During interrogation "
        "the couple confessed that they had mixed rat poison into the flour."
    )
    assert accused_of("confession", nlp, text) <= {"Tomasz Kowalczyk", "Anna Kowalczyk"}
    assert accused_of("confession", nlp, text) != {"Tomasz Kowalczyk"}
