"""set74: a confession told only by its retraction before a court is custodial where the
clause the accused's side reports names those who held him ("told the court that his
statement had been written by customs officers", "saying he had signed his statement at
the police office") - the court hears the retraction, the confession was not made there
(``claims.custody_retold``). And the anti-corruption agencies that arrest and question
(ACB, ACC, CIAA, ICAC, EACC, PCCB), customs and Tunisia's National Guard hold those they
question, as the police do (``legal.json`` ``custodial_agents``, ``kinds.json``
``custodial``). Near misses: a statement the accused says he made before a magistrate, the
agency named only as the accuser, and a bank officer who tells the agency what he saw."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_NAME = "Tariq Mahmood"
_LEDE = "Police arrested Tariq Mahmood in Sargodha over the theft of a tractor. "


@pytest.mark.parametrize(
    "text",
    [
        _LEDE + "Mahmood told the court that his statement had been written by customs officers "
        "after they kept him awake for two nights.",
        _LEDE + "At the trial, Mahmood told the judge that his statement to the National Guard "
        "had been written by them and that he signed it without reading.",
        _LEDE + "Mahmood denied the charge before the sessions court, saying he had signed his "
        "statement at the police office without being allowed to read it.",
        _LEDE + "Mahmood told the court that what the ACC recorded as his confession was drafted "
        "by its officers.",
        _LEDE + "Mahmood told the tribunal that his statement had been dictated by the police.",
    ],
)  # fmt: skip
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
