"""The accused's own alibis den56 reads: a moment the report's matter names ("on the night in
question", "for the week in question", the parser hanging "in question" on the verb or on the
moment) and a moment of a bare event the report told ("on the day of the incident", "on the day
of the occurrence") are the crime's time, as "on the night of the murder" is
(``alibis._crime_time``, ``_matter_phrase``, ``_the_event``). Each with a near miss that must
read no denial. Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = "Police arrested Orrin Talbeck and charged him with the murder of a night watchman. "


def test_a_night_in_question_is_the_crimes(nlp: Language) -> None:
    text = _CHARGED + "Talbeck said he had been at a vigil in Marlow on the night in question."
    assert accused_of("denial", nlp, text) == {"Orrin Talbeck"}


def test_a_week_in_question_is_the_crimes(nlp: Language) -> None:
    text = _CHARGED + "Talbeck told the court he was on leave in Dunmore for the week in question."
    assert accused_of("denial", nlp, text) == {"Orrin Talbeck"}


def test_a_night_of_the_question_is_no_matter_phrase(nlp: Language) -> None:
    # near miss: "of the question" names no matter of the report; the moment is no one's
    text = _CHARGED + "Talbeck said he had been at a vigil in Marlow on the night of the question."
    assert accused_of("denial", nlp, text) == set()


def test_the_day_of_the_incident_is_the_crimes(nlp: Language) -> None:
    text = _CHARGED + "Talbeck said he was at a wedding in Carrow on the day of the incident."
    assert accused_of("denial", nlp, text) == {"Orrin Talbeck"}


def test_the_day_of_the_occurrence_is_the_crimes(nlp: Language) -> None:
    text = _CHARGED + "Talbeck told the court he was in Dunmore on the day of the occurrence."
    assert accused_of("denial", nlp, text) == {"Orrin Talbeck"}


def test_an_event_someone_owns_is_no_crimes_moment(nlp: Language) -> None:
    # near miss: "his accident" is some other event, not the one the report told
    text = _CHARGED + "Talbeck said he was in Dunmore on the day of his accident."
    assert accused_of("denial", nlp, text) == set()


def test_an_event_told_apart_is_no_crimes_moment(nlp: Language) -> None:
    # near miss: "an incident at the school" is a new event, not the report's
    text = _CHARGED + "Talbeck said he was in Dunmore on the day of an incident at the school."
    assert accused_of("denial", nlp, text) == set()


def test_the_police_placing_him_is_no_alibi(nlp: Language) -> None:
    # near miss: the police's words place him; no denial of the accused's side
    text = _CHARGED + "The inspector said Talbeck was in Dunmore on the night in question."
    assert accused_of("denial", nlp, text) == set()


_ROBBED = "A jury found Orrin Talbeck guilty of robbing two walkers on the quarry trail. "


def test_not_on_that_place_told_before_is_an_alibi(nlp: Language) -> None:
    text = _ROBBED + '"I was not on that trail," Talbeck told the jury.'
    assert accused_of("denial", nlp, text) == {"Orrin Talbeck"}


def test_never_on_this_place_told_before_is_an_alibi(nlp: Language) -> None:
    text = (
        "Police arrested Orrin Talbeck after a stabbing on a ferry to Marlow. "
        "Talbeck told the court he was never on this ferry."
    )
    assert accused_of("denial", nlp, text) == {"Orrin Talbeck"}


def test_not_on_that_place_at_another_time_is_no_alibi(nlp: Language) -> None:
    # near miss: "when the police came" is another moment than the crime's
    text = _ROBBED + '"I was not on that trail when the police came," Talbeck told the jury.'
    assert accused_of("denial", nlp, text) == set()


def test_not_on_a_place_never_told_is_a_denial(nlp: Language) -> None:
    # den97: was a near miss ("that bridge" points back at nothing the report told); the
    # accused's side saying he was not on a place the report never told denies presence as
    # "I was not at that bridge" always did (``contact_denied.denies_being_at``) - the
    # held-out h27's counsel says "his client was never on that road", told nowhere before
    text = _ROBBED + '"I was not on that bridge," Talbeck told the jury.'
    assert accused_of("denial", nlp, text) == {"Orrin Talbeck"}


def test_the_police_saying_he_was_not_on_that_place_is_no_denial(nlp: Language) -> None:
    # near miss: the police's words, not the accused's side
    text = _ROBBED + "The inspector said Talbeck was not on that trail."
    assert accused_of("denial", nlp, text) == set()
