"""A statement the accused's side says was *got out of him* after harm or a span held, with no
word of coercion: "his confession had been obtained after he was beaten", "it was obtained
after eleven days of illegal detention", "he made his statement after two nights of
beatings" (retr97: ``lexicon`` ``statement_obtainers``, ``held_places`` "detention" and a
span "of" the holding in ``claims.deprived_told``, a plural "-ings" noun in
``claims.abuse_told``). Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CONFESSED = (
    "Police arrested Arjun Mehta over the killing of a shopkeeper in March. "
    "Mehta confessed to the killing before a magistrate. "
)


def test_a_confession_obtained_after_he_was_beaten(nlp: Language) -> None:
    text = _CONFESSED + (
        "His counsel told the court that his client's confession had been obtained after he "
        "was beaten at the police station."
    )
    assert accused_of("retraction", nlp, text) == {"Arjun Mehta"}


def test_obtained_after_days_of_illegal_detention(nlp: Language) -> None:
    text = _CONFESSED + (
        "His counsel argued that his confessional statement had been obtained after eleven "
        "days of illegal detention."
    )
    assert accused_of("retraction", nlp, text) == {"Arjun Mehta"}


def test_recorded_after_days_of_detention(nlp: Language) -> None:
    # a span "of" the holding itself, as "in custody" is a span in it
    text = _CONFESSED + (
        "His counsel argued that the confession had been recorded after eleven days of detention."
    )
    assert accused_of("retraction", nlp, text) == {"Arjun Mehta"}


def test_made_after_two_nights_of_beatings(nlp: Language) -> None:
    text = _CONFESSED + (
        "Mehta told the court that he made his confessional statement after two nights of "
        "beatings on remand."
    )
    assert accused_of("retraction", nlp, text) == {"Arjun Mehta"}


def test_the_prosecutor_tells_when_it_was_obtained(nlp: Language) -> None:
    # guard: the prosecution tells the order of events; no one of his side disputes it
    text = _CONFESSED + (
        "The prosecutor told the court that the confession had been obtained after eleven "
        "days of investigation."
    )
    assert accused_of("retraction", nlp, text) == set()


def test_obtained_after_a_lawful_search(nlp: Language) -> None:
    # guard: what came before the getting did him no harm and held him nowhere
    text = _CONFESSED + (
        "His counsel said the statement had been obtained after a search of his house."
    )
    assert accused_of("retraction", nlp, text) == set()


def test_a_victim_beaten_is_not_accused(nlp: Language) -> None:
    # guard: the victim's own statement, given after he was beaten by the accused, accuses
    # no one of a retraction and makes the victim no accused
    text = (
        "Police arrested Arjun Mehta over the robbery of a shopkeeper, Ravi Kumar. "
        "Kumar's lawyer said his statement had been obtained after he was beaten by the robbers."
    )
    assert "Ravi Kumar" not in accused_of("retraction", nlp, text)
    assert "Ravi Kumar" not in accused_of("confession", nlp, text)


def test_documents_obtained_after_days_of_detention_take_nothing_back(nlp: Language) -> None:
    # guard: what was got is no statement of his
    text = _CONFESSED + (
        "His counsel said the police had obtained his bank records after eleven days of detention."
    )
    assert accused_of("retraction", nlp, text) == set()


@pytest.mark.xfail(
    strict=True,
    reason="a span held told as 'in police hands' (no place of holding): 'recorded after nine "
    "days in police hands' is read as nothing",
)
def test_recorded_after_days_in_police_hands(nlp: Language) -> None:
    text = _CONFESSED + (
        "His counsel argued that the confession had been recorded after nine days in police hands."
    )
    assert accused_of("retraction", nlp, text) == {"Arjun Mehta"}


@pytest.mark.xfail(
    strict=True,
    reason="a confession said given while kin were held as a guarantee: no harm to him and no "
    "span he was held, a pressure the readers do not know",
)
def test_given_while_his_mother_was_held(nlp: Language) -> None:
    text = _CONFESSED + (
        "His lawyer told the court that the statement was given while his mother was held at "
        "the police station as a guarantee."
    )
    assert accused_of("retraction", nlp, text) == {"Arjun Mehta"}


def test_an_eyewitness_statement_obtained_after_a_beating(nlp: Language) -> None:
    text = (
        "Police arrested Arjun Mehta over the killing. His counsel said the statement of the "
        "eyewitness, Ravi Kumar, had been obtained after he was beaten at the police station."
    )
    assert "Ravi Kumar" not in accused_of("confession", nlp, text)


def test_an_eyewitness_statement_extracted_under_torture(nlp: Language) -> None:
    # the parser hangs the name on "statement", not on "eyewitness": the witness's own
    # statement disowned, no confession of his
    text = (
        "Police detained Kiran Bose after the fire. Her lawyer told the court the statement "
        "of the eyewitness, Mohan Das, had been extracted under torture."
    )
    assert "Mohan Das" not in accused_of("confession", nlp, text)
    assert "Mohan Das" not in accused_of("retraction", nlp, text)


def test_a_witness_the_report_accuses_is_still_the_statement_owner(nlp: Language) -> None:
    # near miss: one the report has charged is no other side, even called a witness
    text = (
        "Police charged Kiran Bose and Mohan Das with arson. Her lawyer told the court the "
        "statement of the eyewitness, Mohan Das, had been extracted under torture."
    )
    assert "Mohan Das" in accused_of("retraction", nlp, text)
