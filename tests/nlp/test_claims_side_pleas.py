"""A denial told as the accused's side's plea, by a noun with a "that" clause that clears him
(``claims.side_pleas``): "the court rejected the defence's argument that he had been falsely
implicated", "the argument of his counsel that ...", "the defence plea that ...", "rejected
his plea that he had been framed" - and near misses: the prosecution's argument, the
complainant's and the victim's claims, a co-accused's plea for another, a plea a relative
clause describes ("the plea that he filed"), a plea whose clause clears no one. Invented
sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_HELD = "Police in Larkana arrested Ghulam Rasool Chandio for stealing transformers. "
_TWO = "Police in Gaya arrested Mukesh Paswan and Dinesh Manjhi for a dacoity. "


def test_the_defences_argument_rejected(nlp: Language) -> None:
    text = _HELD + "The judge rejected the defence's argument that he had been falsely implicated."
    assert accused_of("denial", nlp, text) == {"Ghulam Rasool Chandio"}


def test_the_argument_of_his_counsel(nlp: Language) -> None:
    text = _HELD + "The judge rejected the argument of his counsel that he had been wrongly named."
    assert accused_of("denial", nlp, text) == {"Ghulam Rasool Chandio"}


def test_the_defence_plea(nlp: Language) -> None:
    text = (
        _HELD + "The judge turned down the defence plea that Chandio had been falsely implicated."
    )
    assert accused_of("denial", nlp, text) == {"Ghulam Rasool Chandio"}


def test_the_contention_of_the_defence_with_no_role(nlp: Language) -> None:
    text = (
        _HELD
        + "The judge was not moved by the contention of the defence that Chandio had no role in it."
    )
    assert accused_of("denial", nlp, text) == {"Ghulam Rasool Chandio"}


def test_his_plea_on_the_verb(nlp: Language) -> None:
    text = _HELD + "The judge rejected his plea that he had been framed by a rival."
    assert accused_of("denial", nlp, text) == {"Ghulam Rasool Chandio"}


def test_the_prosecutions_argument(nlp: Language) -> None:
    text = _HELD + "The judge accepted the prosecution's argument that he had never held a licence."
    assert accused_of("denial", nlp, text) == set()


def test_the_complainants_claim(nlp: Language) -> None:
    text = (
        _HELD + "The judge noted the complainant's claim that his son had been falsely implicated."
    )
    assert accused_of("denial", nlp, text) == set()


def test_a_co_accuseds_plea_for_another(nlp: Language) -> None:
    text = _TWO + "The court recorded Dinesh Manjhi's plea that Paswan had never entered the house."
    assert accused_of("denial", nlp, text) == set()


def test_a_plea_a_relative_clause_describes(nlp: Language) -> None:
    text = _HELD + "The judge rejected the plea that he filed last month."
    assert accused_of("denial", nlp, text) == set()


def test_a_plea_that_clears_no_one(nlp: Language) -> None:
    text = _HELD + "The judge rejected the defence's argument that the hearing should be adjourned."
    assert accused_of("denial", nlp, text) == set()


def test_the_defence_plea_of_where_he_was(nlp: Language) -> None:
    text = _HELD + "The judge rejected the defence plea that he had been in Sukkur that week."
    assert accused_of("denial", nlp, text) == {"Ghulam Rasool Chandio"}


def test_the_prosecution_places_him(nlp: Language) -> None:
    text = (
        _HELD
        + "The judge accepted the prosecution's argument that he had been in Larkana that week."
    )
    assert accused_of("denial", nlp, text) == set()


def test_the_complainants_counsel(nlp: Language) -> None:
    text = (
        _HELD + "The judge noted the argument of the complainant's counsel that he had been framed."
    )
    assert accused_of("denial", nlp, text) == set()


def test_the_defence_plea_of_where_he_was_working(nlp: Language) -> None:
    text = _HELD + "The judge rejected the defence plea that Chandio was working in Hyderabad."
    assert accused_of("denial", nlp, text) == {"Ghulam Rasool Chandio"}


def test_a_plea_of_being_in_touch_with_someone(nlp: Language) -> None:
    text = _HELD + "The judge noted the defence plea that Chandio was in touch with Ali Raza."
    assert accused_of("denial", nlp, text) == set()
