"""A graded rank written before a name, however the parse hangs the grade, then "the head
constable" or "the warrant officer" alone as the one who confessed (``nlp/claims/
rank_told.py``, ``_written_grade``): "It names head constable X ... the DPO said the head
constable had confessed during interrogation" - X's custodial confession. Invented
sentences; near misses where the graded rank stands for no one named (another grade, an
officer who admits a lapse, the police speaker, a victim of the rank)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, confession_settings


def test_a_head_constable_the_parse_made_a_verb_confesses(nlp: Language) -> None:
    # "head" of "names head constable X" is parsed as a verb: the grade is still written
    text = (
        "The FIR names head constable Imran Sadiq, who kept the recruitment files, and the "
        "secretary of a sports club. The district police officer told a press conference "
        "that the head constable had confessed during interrogation to charging 200,000 "
        "rupees from each candidate."
    )
    assert "Imran Sadiq" in accused_of("confession", nlp, text)
    assert confession_settings(nlp, text, "Imran Sadiq") == {"custodial"}


def test_a_head_constable_arrested_then_confessing(nlp: Language) -> None:
    text = (
        "Police arrested head constable Imran Sadiq of the recruitment branch over forged "
        "certificates. The district police officer told a press conference that the head "
        "constable had confessed during interrogation to charging each candidate 200,000 "
        "rupees."
    )
    assert accused_of("confession", nlp, text) == {"Imran Sadiq"}


def test_a_warrant_officer_first_in_his_sentence_confesses(nlp: Language) -> None:
    # "Warrant" opens the sentence, title-cased and parsed as an adjective of "officer"
    text = (
        "Warrant officer Pavel Ostrov, who had signed the seal report, and the manager of a "
        "cold store, Ilya Dorn, were charged on Tuesday with embezzlement of seized fish. A "
        "source close to the investigation said the warrant officer had admitted, during "
        "questioning by the brigade, that he opened the seals at night and received 2 "
        "million roubles."
    )
    assert "Pavel Ostrov" in accused_of("confession", nlp, text)


def test_a_head_constable_remanded_by_his_grade(nlp: Language) -> None:
    # the same reading serves every claim that names the accused by his graded rank
    text = (
        "The FIR names head constable Imran Sadiq, who kept the recruitment files. The "
        "magistrate remanded the head constable in custody for four days."
    )
    assert "Imran Sadiq" in accused_of("ruling", nlp, text, "remanded")


def test_a_head_constable_who_admits_a_lapse_confesses_nothing(nlp: Language) -> None:
    text = (
        "Head constable Imran Latif was on duty at the gate when the prisoner escaped. The "
        "inquiry report said the head constable admitted failing to lock the gate."
    )
    assert "Imran Latif" not in accused_of("confession", nlp, text)


def test_a_constable_of_no_grade_is_not_the_head_constable(nlp: Language) -> None:
    # the head constable is another officer than constable X: the grade is asked
    text = (
        "Police arrested constable Imran Latif on Sunday over the theft of two rifles. The "
        "head constable had confessed during interrogation to selling the rifles, the SSP "
        "said."
    )
    assert "Imran Latif" not in accused_of("confession", nlp, text)


def test_the_police_speaker_is_never_the_admitter(nlp: Language) -> None:
    text = (
        "Police arrested head constable Imran Sadiq over forged certificates. Senior "
        "superintendent Tariq Mehmood told reporters that the head constable had confessed "
        "during interrogation to charging each candidate 200,000 rupees."
    )
    assert "Tariq Mehmood" not in accused_of("confession", nlp, text)


def test_a_head_constable_shot_is_not_made_accused_by_a_confession(nlp: Language) -> None:
    text = (
        "Head constable Imran Latif was shot dead at a checkpoint on Sunday. Police arrested "
        "Naveed Akram, 24, the next day. The SSP said Akram had confessed during "
        "interrogation to shooting the head constable."
    )
    assert accused_of("confession", nlp, text) == {"Naveed Akram"}


def test_a_witness_of_the_rank_who_told_police_he_saw(nlp: Language) -> None:
    text = (
        "Police arrested Naveed Akram over the theft of two rifles from the armoury. Head "
        "constable Imran Latif, who was on duty at the gate, told investigators that he saw "
        "Akram carry a bag out at night."
    )
    assert "Imran Latif" not in accused_of("confession", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a role noun other than the one the accused was introduced by ('the driver of "
    "the sedan, X' then 'the young man admitted to officers') is not read as X",
)
def test_another_noun_for_the_one_accused(nlp: Language) -> None:
    text = (
        "The driver of the sedan, Tomas Brandl, 23, was detained at the scene. A police "
        "spokesman said the young man admitted to officers while in custody that he and "
        "another driver had agreed to race to the roundabout."
    )
    assert "Tomas Brandl" in accused_of("confession", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="'the older of the two' is not read as the older of two accused named with ages",
)
def test_the_older_of_two_named_with_ages(nlp: Language) -> None:
    text = (
        "Police arrested Piet Wouters, 22, and Jan Dekker, 19, over the killing of a taxi "
        "driver. The prosecutor told reporters that the older of the two had admitted in "
        "custody that he stabbed the driver."
    )
    assert accused_of("confession", nlp, text) == {"Piet Wouters"}


@pytest.mark.xfail(
    strict=True,
    reason="an accused introduced by a noun with no name ('the former manager of a bank "
    "branch') and named only in the next sentence is not tied to 'the former manager'",
)
def test_a_manager_named_the_sentence_after(nlp: Language) -> None:
    text = (
        "The agency arrested the former manager of a bank branch for allegedly siphoning "
        "off 9 million from pensioners' accounts. Darius Okonkwo, who headed the branch "
        "until August, was picked up from his house on Saturday, officials said. The deputy "
        "director said the former manager had confessed during interrogation to running "
        "the scheme."
    )
    assert "Darius Okonkwo" in accused_of("confession", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a role noun written in an indefinite apposition with its place ('A 31-year-old "
    "coordinator at the company, X') is not read back by 'the coordinator' in a "
    "prosecutor's account of her police interviews",
)
def test_a_coordinator_apposed_with_her_place(nlp: Language) -> None:
    text = (
        "A 31-year-old coordinator at the company, Lina Holm, was arrested with him and "
        "remains a suspect. The prosecutor told the court that the coordinator had admitted "
        "in police interviews that she filled in false time reports."
    )
    assert "Lina Holm" in accused_of("confession", nlp, text)
