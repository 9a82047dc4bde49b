"""Denials told as a bare alibi: a place that is no scene with no time at all ("her husband
had been at home with their sick child", ``alibis.places_at_home``), "I was not there"
(``alibis.denies_presence``), a moment pointed back to on the place phrase ("on a business
trip that week") - each said by the accused's side of one already accused. Invented
sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_ARRESTED = (
    "KISUMU: Police on Monday arrested herder Daniel Otieno Ouma over the killing of two "
    "traders at a cattle market. "
)


def test_a_wife_says_her_husband_had_been_at_home(nlp: Language) -> None:
    text = (
        _ARRESTED + "Ouma's wife, Grace Akinyi, said her husband had been at home with their son."
    )
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_an_advocate_says_the_accused_was_at_home_throughout(nlp: Language) -> None:
    text = _ARRESTED + "His advocate, Paul Wekesa, said Ouma had been at home throughout."
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_at_home_when_police_came_is_no_alibi(nlp: Language) -> None:
    # guard: a time that is not the crime's tells where he was arrested
    text = (
        _ARRESTED
        + "Ouma's wife, Grace Akinyi, said her husband was at home when police came on Monday."
    )
    assert accused_of("denial", nlp, text) == set()


def test_a_witness_at_home_denies_nothing(nlp: Language) -> None:
    # guard: a whereabouts clears only one the report accuses already
    text = _ARRESTED + "A neighbour, Mary Njeri, said she had been at home with her children."
    assert accused_of("denial", nlp, text) == set()


def test_i_was_not_there_after_a_colon(nlp: Language) -> None:
    text = _ARRESTED + 'Asked by the court if he had anything to say, Ouma said: "I was not there."'
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_not_there_when_police_came_denies_nothing(nlp: Language) -> None:
    # guard: "there" with a time of its own is some other moment
    text = _ARRESTED + "Ouma's wife said her husband was not there when the police came."
    assert accused_of("denial", nlp, text) == set()


def test_an_alibi_on_a_trip_that_week(nlp: Language) -> None:
    # the moment pointed back to may hang on the place phrase's object
    text = (
        _ARRESTED
        + "His lawyer, Peter Kamau, said his client had been in Nakuru on a work trip that week."
    )
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


# The crime's time told by a clause whose words name the act, no crime noun or verb
# ("when the shots were fired": ``alibis._crime_clause`` through ``acts.act_of``).


def test_sitting_with_cousins_when_the_shots_were_fired(nlp: Language) -> None:
    text = _ARRESTED + '"I was sitting with my cousins when the shots were fired," Ouma said.'
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_a_sister_says_he_was_at_a_neighbours_when_the_shots_rang_out(nlp: Language) -> None:
    text = _ARRESTED + (
        "His sister said he was playing cards at a neighbour's house when the shots rang out."
    )
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_at_church_when_the_fire_broke_out(nlp: Language) -> None:
    text = (
        "KISUMU: Police on Monday arrested herder Daniel Otieno Ouma over the arson attack on a "
        "cattle market. His lawyer, Paul Wekesa, said Ouma had been at church with his family "
        "when the fire broke out."
    )
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_a_trader_hiding_when_the_shots_were_fired_denies_nothing(nlp: Language) -> None:
    # guard: a witness placed at the act's time is no one accused
    text = _ARRESTED + (
        "A trader, John Kamau, said he was hiding under a stall when the shots were fired."
    )
    assert accused_of("denial", nlp, text) == set()
