"""set74: the anti-corruption agencies that arrest and question (ACB, ACC, CIAA, ICAC, EACC,
PCCB), customs and Tunisia's National Guard hold those they question, as the police do
(``legal.json`` ``custodial_agents``, ``kinds.json`` ``custodial``): a confession made to
them, or a statement they wrote that the accused takes back before a court, is custodial.
A rule that made every confession taken back before a court custodial where the reported
clause names its police writers ("drafted by its officers", "signed at the police office")
was built and dropped - a confession recorded by a magistrate is taken back with the same
words, and a blind set fell - its cases stay as strict xfails. Near misses: a statement the
accused says he made before a magistrate, the agency named only as the accuser, and a bank
officer who tells the agency what he saw."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_NAME = "Tariq Mahmood"
# The rule was built and dropped: a Bangladeshi confession recorded by a magistrate is taken
# back with the same words ("the police wrote it"), and a blind set fell
_DROPPED = pytest.mark.xfail(
    strict=True, reason="dropped: the words do not tell a police statement from a 164 one"
)
_LEDE = "Police arrested Tariq Mahmood in Sargodha over the theft of a tractor. "
_CUSTOMS = "Mahmood told the court that his statement had been written by customs officers."
_GUARD = "At the trial, Mahmood told the judge that his statement to the National Guard had been "
_GUARD += "written by them and that he signed it without reading."
_OFFICE = "Mahmood denied the charge before the sessions court, saying he had signed his "
_OFFICE += "statement at the police office without being allowed to read it."
_ACC = "Mahmood told the court that what the ACC recorded as his confession was drafted by its "
_ACC += "officers."


@pytest.mark.parametrize(
    "text",
    [
        _LEDE + _CUSTOMS,  # the statement's writers, read as custodians (customs)
        _LEDE + _GUARD,  # the statement's own phrase (the National Guard)
        # set80: the police office is a place where the police hold and question (kinds.json
        # custodial), read as a police station is - no blind set fell with the place alone
        _LEDE + _OFFICE,
        pytest.param(_LEDE + _ACC, marks=_DROPPED),
        _LEDE + "Mahmood told the tribunal that his statement had been dictated by the police.",
    ],
)
def test_confession_taken_back_before_a_court_made_in_custody(nlp: Language, text: str) -> None:
    assert settings(nlp, text, _NAME) == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        "The Anti-Corruption Bureau arrested Tariq Mahmood, a tehsil clerk. Mahmood confessed to "
        "the ACB officials that he had demanded the money.",
        "The Independent Commission Against Corruption arrested Tariq Mahmood, a port clerk. "
        "Mahmood admitted to ICAC officers that he took the cash.",
        "The CIAA arrested Tariq Mahmood, a land revenue officer. Mahmood confessed to the CIAA "
        "that he had taken the bribe.",
        "Customs officers detained Tariq Mahmood at the border. Mahmood confessed to customs "
        "officers that he had hidden the gold in his luggage.",
    ],
)  # fmt: skip
def test_confession_to_an_anti_corruption_agency_or_customs(nlp: Language, text: str) -> None:
    assert settings(nlp, text, _NAME) == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        # a statement he says he made before a magistrate stays the magistrate's
        _LEDE + "Mahmood told the court that his confessional statement before the magistrate "
        "had been dictated by the police.",
    ],
)  # fmt: skip
def test_statement_before_a_magistrate_taken_back_stays_judicial(nlp: Language, text: str) -> None:
    assert settings(nlp, text, _NAME) == {"judicial"}


@pytest.mark.parametrize(
    "text",
    [
        # the agency as accuser or as the one told by a witness: no confession
        "The Anti-Corruption Bureau arrested Tariq Mahmood, a tehsil clerk, for taking a bribe.",
        "A bank officer told the ACB that Tariq Mahmood had withdrawn the money.",
        "Customs officers said Tariq Mahmood had hidden the gold in his luggage.",
        "The ICAC charged Tariq Mahmood with accepting an advantage; Mahmood denied the charge.",
    ],
)  # fmt: skip
def test_agency_without_a_confession(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == set()
