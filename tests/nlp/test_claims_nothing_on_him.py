"""What the charge lacks against the accused, said by his side (``claims.nothing_on_him``):
"nothing was recovered from his possession", "no weapon was recovered from him", "he was not
named in the FIR", "there was no evidence against him", "the prosecution had shown no
evidence that his client ..." - and near misses: the prosecutor's and the investigating
officer's words, the court's own finding, a co-accused's counsel, a recovery told, "did not
deny", a point of law only. Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_ARRESTED = "Police in Jhelum arrested Tanveer Abbas on Friday for stealing a tractor. "
_PAIR = "Police in Sylhet arrested Nurul Amin and Faruk Mia for robbing a jeweller. "


def test_nothing_recovered_from_his_possession(nlp: Language) -> None:
    text = _ARRESTED + "His counsel argued that nothing was recovered from his possession."
    assert accused_of("denial", nlp, text) == {"Tanveer Abbas"}


def test_no_weapon_recovered_from_him(nlp: Language) -> None:
    text = _ARRESTED + "His lawyer told the court that no tractor parts were seized from him."
    assert accused_of("denial", nlp, text) == {"Tanveer Abbas"}


def test_nothing_found_on_his_land(nlp: Language) -> None:
    text = _ARRESTED + "His lawyer said nothing was found on his land."
    assert accused_of("denial", nlp, text) == {"Tanveer Abbas"}


def test_not_named_in_the_fir(nlp: Language) -> None:
    text = _ARRESTED + "His counsel contended that Abbas was not named in the FIR."
    assert accused_of("denial", nlp, text) == {"Tanveer Abbas"}


def test_no_evidence_against_him(nlp: Language) -> None:
    text = _ARRESTED + "His counsel submitted that there was no evidence against him."
    assert accused_of("denial", nlp, text) == {"Tanveer Abbas"}


def test_shown_no_evidence_that_his_client(nlp: Language) -> None:
    text = _ARRESTED + (
        "His lawyer argued that the police had shown no evidence that his client took the tractor."
    )
    assert accused_of("denial", nlp, text) == {"Tanveer Abbas"}


def test_the_prosecutors_recovery_denies_nothing(nlp: Language) -> None:
    text = _ARRESTED + "The prosecutor said nothing was recovered from the complainant's yard."
    assert accused_of("denial", nlp, text) == set()


def test_the_investigating_officer_denies_nothing(nlp: Language) -> None:
    text = _ARRESTED + "The investigating officer said nothing was recovered from Abbas."
    assert accused_of("denial", nlp, text) == set()


def test_the_courts_finding_is_no_denial(nlp: Language) -> None:
    text = _ARRESTED + "The magistrate said there was no evidence against Abbas."
    assert accused_of("denial", nlp, text) == set()


def test_a_recovery_told_is_no_denial(nlp: Language) -> None:
    text = _ARRESTED + "His lawyer said the tractor was recovered from a workshop in Dina."
    assert accused_of("denial", nlp, text) == set()


def test_a_co_accuseds_counsel_clears_only_his_own_client(nlp: Language) -> None:
    text = _PAIR + "Amin's lawyer said nothing was recovered from Faruk Mia."
    assert accused_of("denial", nlp, text) == set()


def test_did_not_deny_the_recovery(nlp: Language) -> None:
    text = _ARRESTED + "His counsel did not deny that the tractor was recovered from him."
    assert accused_of("denial", nlp, text) == set()


def test_a_point_of_law_only(nlp: Language) -> None:
    text = _ARRESTED + "His counsel pointed to the delay in lodging the FIR."
    assert accused_of("denial", nlp, text) == set()
