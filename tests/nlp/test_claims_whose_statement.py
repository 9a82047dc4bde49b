"""A pronoun taken back that a "whose" relative clause on its taker names ("X, whose video
statement was released by police, disowned it": ``TakingBack._whose_statement``), and a
taken-back statement's own modifiers that tell where it was made ("his charge and caution
statement, which he repudiated": ``TakenBackSettings``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_ARRESTED = "Police arrested Kamran Aslam in June for the murder of a constable in Attock. "
_SENTENCED = "The High Court sentenced Peter Odhiambo to 30 years for the murder of two herders. "


def test_whose_video_statement_he_disowned(nlp: Language) -> None:
    text = _ARRESTED + (
        "In court, Kamran Aslam, whose video statement was released by police days after the "
        "killing, disowned it."
    )
    assert accused_of("retraction", nlp, text) == {"Kamran Aslam"}


def test_disowned_it_with_no_statement_of_his_told(nlp: Language) -> None:
    # guard: "it" stands for no statement of his - the charge, the report, anything
    text = _ARRESTED + ("In court, Kamran Aslam, whose brother was also questioned, disowned it.")
    assert accused_of("retraction", nlp, text) == set()


def test_charge_and_caution_statement_he_repudiated(nlp: Language) -> None:
    text = _SENTENCED + (
        "The judge found that Odhiambo's charge and caution statement, which he had "
        "repudiated at the start of the trial, had been made voluntarily."
    )
    assert accused_of("retraction", nlp, text) == {"Peter Odhiambo"}
