"""pub51's construction of a custodial confession told to plain "officers", on invented
sentences, with its guards: an accused who "told officers that he ..." tells the police, as
one who "admitted to officers" does (``custodians.plain_custodian``, read by
``audience.audience_setting``); a modifier that names another service ("bank officers",
"court officers", "the medical officer", "officers of the bank") leaves them no police, nor
does a possessive ("our officers": whose depends on who speaks), and a witness who tells
officers what she saw confesses nothing (``ToldCustodians``: only one the report accuses)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_ONE = "Rafiq Soomro, 41, was charged with theft. "


@pytest.mark.parametrize(
    "text",
    [
        _ONE + "The prosecutor said Soomro told officers that he had taken the money.",
        _ONE + "The prosecutor said Soomro told the officers that he had sold the stolen phones.",
        _ONE + "The prosecutor said Soomro told the arresting officers that he took the money.",
        _ONE + "The prosecutor said Soomro told two officers that he had hidden the money.",
        _ONE + "The prosecutor said Soomro told officers at the station that he had hidden it.",
        # as before: police officers, and investigators
        _ONE + "The prosecutor said Soomro told police officers that he had taken the money.",
        _ONE + "The prosecutor said Soomro told investigators that he had taken the money.",
    ],
)
def test_told_plain_officers_confesses_in_custody(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Rafiq Soomro") == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        # officers of another service: a bank's, a court's, an election's
        _ONE + "The prosecutor said Soomro told bank officers that he had taken the money.",
        _ONE + "The prosecutor said Soomro told court officers that he had taken the money.",
        _ONE + "The prosecutor said Soomro told election officers that he had taken the money.",
        _ONE + "The prosecutor said Soomro told the medical officer that he had taken the pills.",
        _ONE + "The prosecutor said Soomro told officers of the bank that he had taken the money.",
        _ONE + "The bank manager said Soomro told our officers that he had taken the money.",
        # negated: he told them nothing
        _ONE + "The prosecutor said Soomro never told officers that he had taken the money.",
    ],
)
def test_told_officers_of_another_service_confesses_nothing(nlp: Language, text: str) -> None:
    assert "custodial" not in settings(nlp, text, "Rafiq Soomro")


def test_witness_who_told_officers_confesses_nothing(nlp: Language) -> None:
    # a neighbour tells officers what she saw: no one the report accuses
    text = _ONE + "A neighbour, Mary Cole, told officers that she saw him leave with a bag."
    assert "Mary Cole" not in accused_of("confession", nlp, text)
    assert "Rafiq Soomro" not in accused_of("confession", nlp, text)
