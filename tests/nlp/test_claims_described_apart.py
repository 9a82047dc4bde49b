"""A description noun with a word that says there is another of its kind ("the second
driver, X", "another guard, X", "a fellow clerk, X") makes no one *the* driver, guard or clerk
of the report: a later "the driver" is the one the report named with the bare noun, or no one
(``nlp/claims/described_people.py``, ``_set_apart``); and "the other driver" is never the one
driver the report named. Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of


def test_the_second_driver_leaves_the_driver_to_the_first(nlp: Language) -> None:
    text = (
        "The driver, Karim Bux Solangi, was arrested at the toll plaza on Monday. The "
        "second driver, Nadir Ali Khoso, was picked up from his village a week later. On "
        "Friday a magistrate remanded the driver in judicial custody for fourteen days."
    )
    assert accused_of("ruling", nlp, text, "remanded") == {"Karim Bux Solangi"}


def test_a_second_van_driver_named_alone_is_not_the_driver(nlp: Language) -> None:
    text = (
        "Police said the second driver, Nadir Ali Khoso, was arrested at a checkpost in "
        "Larkana. Officers said the driver had confessed during interrogation."
    )
    assert "Nadir Ali Khoso" not in accused_of("confession", nlp, text)


def test_another_guard_is_not_the_guard(nlp: Language) -> None:
    text = (
        "A court convicted the guard, Faisal Rind, of theft from the bonded warehouse. "
        "Another guard, Sohail Memon, was acquitted. The guard had resiled from his "
        "confession during the trial."
    )
    assert accused_of("retraction", nlp, text) == {"Faisal Rind"}


def test_a_fellow_clerk_is_not_the_clerk(nlp: Language) -> None:
    text = (
        "Investigators arrested a fellow clerk, Danish Iqbal, in the payroll fraud case. "
        "The clerk confessed during interrogation, the agency said."
    )
    assert "Danish Iqbal" not in accused_of("confession", nlp, text)


def test_the_other_driver_is_not_the_one_named(nlp: Language) -> None:
    text = (
        "Police arrested the driver, Karim Bux Solangi, on the highway on Tuesday. The other "
        "driver confessed during interrogation that he had loaded the stolen tyres."
    )
    assert "Karim Bux Solangi" not in accused_of("confession", nlp, text)


def test_the_bare_noun_still_stands_for_its_one_bearer(nlp: Language) -> None:
    text = (
        "The guard, Faisal Rind, was arrested at the warehouse gate on Friday. The guard "
        "confessed during interrogation, police said."
    )
    assert accused_of("confession", nlp, text) == {"Faisal Rind"}
