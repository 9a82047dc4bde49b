"""Retractions told by constructions read since retr49, on invented sentences: a statement
the accused's side says was "not voluntary" or "involuntary" (not given of free will) is taken
back; and a confession read through such a retraction keeps the setting its plain reading
gives ("his confession to the police was involuntary": custodial) - each with its guards: the
same words said by the prosecution or the court, or affirming the statement was voluntary."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of

_CHARGED = "Police charged Selim Hossain with the murder. "


@pytest.mark.parametrize(
    "text",
    [
        _CHARGED + "Hossain has since submitted a petition to the court saying the statement was "
        "not voluntary.",
        _CHARGED + "Hossain told the court that his confession to the police was involuntary.",
        _CHARGED + "His counsel, Farid Alam, filed an application saying the statement was not "
        "voluntary.",
    ],
)
def test_not_voluntary_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Selim Hossain"}


@pytest.mark.parametrize(
    "text",
    [
        _CHARGED + "The prosecutor told the court that the statement was voluntary.",
        _CHARGED + "The judge ruled that his statement to the police was not involuntary.",
        _CHARGED + "Hossain said that he had given the statement voluntarily.",
    ],
)
def test_voluntary_not_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


def test_setting_kept_when_called_involuntary(nlp: Language) -> None:
    """A confession the accused's side calls involuntary is placed by its own phrase ("to
    the police") or by its plain reading, never left unknown for being taken back."""
    custodial = (
        _CHARGED + "Hossain told the court that his confession to the police was involuntary."
    )
    settings = {c.setting for c in claims_of(nlp, custodial) if c.kind == "confession"}
    assert settings == {"custodial"}
    # an acronym its own phrase does not place: the noun's plain reading knows the custodian
    acronym = _CHARGED + "Hossain told the court that his statement to the CTD was involuntary."
    settings = {c.setting for c in claims_of(nlp, acronym) if c.kind == "confession"}
    assert settings == {"custodial"}
    judicial = _CHARGED + (
        "Hossain told the court that the confessional statement he made before the "
        "magistrate was not voluntary."
    )
    settings = {c.setting for c in claims_of(nlp, judicial) if c.kind == "confession"}
    assert settings == {"judicial"}
