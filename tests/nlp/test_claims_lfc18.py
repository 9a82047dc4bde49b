"""lfc18's constructions, on invented sentences, with their guards: the admitter's own part
told in custody as what another did to her ("admitted during interrogation that the chairman
paid her to stamp the ballots": ``own_object_part``), and a statement denied to be its
giver's by a bare statement noun of his ("the statement was 'not his statement at all'":
``not_his_words``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_HELD = "Police arrested Nasreen Akhtar over the stuffed ballot boxes. "
_CHARGED = "Police charged Selim Hossain with the theft. "


@pytest.mark.parametrize(
    "text",
    [
        _HELD + "The inspector said Akhtar admitted during interrogation that the chairman "
        "paid her to stamp the ballots.",
        # the second predicate shares the first's subject
        _HELD + "The officer said Akhtar had admitted in primary interrogation that the "
        "returning officer handed her the boxes and told her to finish the job.",
        _HELD + "Police said she admitted during questioning that a contractor hired her to "
        "watch the gate.",
    ],
)
def test_own_part_told_as_done_to_her_in_custody(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Nasreen Akhtar") == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        # a crime done to her is no part of hers
        _HELD + "Police said Akhtar admitted during questioning that officers beat her.",
        # said in court, where a witness tells what was done to her as often
        _HELD + "Akhtar admitted in court that the chairman paid her.",
        # done to another
        _HELD + "Police said Akhtar admitted during questioning that the chairman paid her "
        "brother.",
        # "they": whose deed is not told
        _HELD + "Police said Akhtar admitted during questioning that they paid her.",
    ],
)
def test_done_to_her_not_confessed(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        _CHARGED + "Hossain's lawyer told the court that the statement Hossain gave to police "
        'in April was "not his statement at all".',
        _CHARGED + "Hossain confessed to police in April. His lawyer said the confession was "
        "not his own confession.",
    ],
)
def test_not_his_statement_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Selim Hossain"}


@pytest.mark.parametrize(
    "text",
    [
        # a word that ranks it among his own concedes it is his
        _CHARGED + "Hossain gave a statement to police in April. His lawyer told the court "
        "that the statement to police was not his first statement.",
        # the prosecution's words
        _CHARGED + "Hossain gave a statement to police in April. The prosecutor told the court "
        "that the statement was not his only statement.",
    ],
)
def test_his_statement_not_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()
