"""Denials told round about: a deed denied of anyone's thing ("never aimed at anyone's
house", "never took a rupee from anyone", ``Protests._acts_on_no_one``); "did nothing wrong"
with "wrong" hung on the verb; innocence protested in an infinitive ("continued to protest
his innocence": the subject of the verb it completes); a lawyer named under a defence title
who denies answers for a client, never as the accused (``Answering._titled_counsel``); and a
title before a one-word name NER missed ("Dr Solanki's husband") standing for the full name
(``FullNames._scan_full_name``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = "Police charged Bilal Akhtar with the murder of a shopkeeper in Okara. "
_CONVICTED = "The High Court convicted Harun Dlamini of culpable homicide on Friday. "
_ARRESTED = "Police arrested Kamal Nawaz Dogar over the killing of a guard. "


def test_never_aimed_at_anyones_house(nlp: Language) -> None:
    text = _CHARGED + "His father said that his son never aimed at anyone's house."
    assert accused_of("denial", nlp, text) == {"Bilal Akhtar"}


def test_never_took_a_rupee_from_anyone(nlp: Language) -> None:
    text = (
        "The court granted bail to Waseem Abbasi, who faces a bribery case. His lawyer told "
        'the bench that his client "never took a rupee from anyone."'
    )
    assert accused_of("denial", nlp, text) == {"Waseem Abbasi"}


def test_never_told_anyones_secret_is_no_deed(nlp: Language) -> None:
    # guard: a verb of telling acts on no one
    text = _CHARGED + "His father said that his son never told anyone's secrets."
    assert accused_of("denial", nlp, text) == set()


def test_anyones_house_said_of_a_victim_clears_no_one(nlp: Language) -> None:
    # guard: like an alibi, it clears only one the report accuses already
    text = _CHARGED + "The victim's brother said the shopkeeper never aimed at anyone's house."
    assert accused_of("denial", nlp, text) == set()


def test_did_nothing_wrong_maintained_in_a_conjunct(nlp: Language) -> None:
    text = (
        _CONVICTED + "The judge noted that he had shown no remorse and had maintained "
        "throughout that he did nothing wrong."
    )
    assert accused_of("denial", nlp, text) == {"Harun Dlamini"}


def test_continued_to_protest_his_innocence(nlp: Language) -> None:
    text = _CONVICTED + "Dlamini continued to protest his innocence as he was led away."
    assert accused_of("denial", nlp, text) == {"Harun Dlamini"}


def test_a_judge_who_went_on_to_doubt_his_innocence_denies_nothing(nlp: Language) -> None:
    # guard: the judge upholds no one's innocence
    text = _CONVICTED + "Judge Nomsa Khumalo went on to doubt his innocence."
    assert accused_of("denial", nlp, text) == set()


def test_titled_counsel_answers_for_the_accused_followed(nlp: Language) -> None:
    text = (
        _ARRESTED + "Defence counsel Imtiaz Hussain Sipra, who represents the Dogar family, "
        "rejected the allegation."
    )
    assert accused_of("denial", nlp, text) == {"Kamal Nawaz Dogar"}


def test_advocate_denies_for_the_one_accused(nlp: Language) -> None:
    text = _ARRESTED + "Advocate Imtiaz Sipra denied the charges."
    assert accused_of("denial", nlp, text) == {"Kamal Nawaz Dogar"}


def test_advocate_with_two_accused_names_no_one(nlp: Language) -> None:
    # guard: whose lawyer he is, the report does not say; never the lawyer himself
    text = (
        "Police arrested Kamal Nawaz Dogar and Riaz Ahmed over the killing of a guard. "
        "Advocate Imtiaz Sipra denied the charges."
    )
    assert accused_of("denial", nlp, text) == set()


def test_a_title_before_a_surname_stands_for_the_full_name(nlp: Language) -> None:
    text = (
        "The chargesheet, filed in May before the magistrate, names Dr Alok Verma, clerk Ravi "
        "Kumar and anaesthetist Dr Kavita Solanki under the Act. Dr Solanki's husband, a "
        "dentist in Agra, said his wife was being made a scapegoat."
    )
    assert accused_of("denial", nlp, text) == {"Kavita Solanki"}
