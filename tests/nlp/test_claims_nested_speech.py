"""A confession told inside another's report (``nlp.claims.nested_speech``): "Police said X
told them he had shot Y" is X's confession, in custody; what X told of another, or denied, or
saw, is none. Sentences and names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        ("Police said Gulzar Ahmed told them he had shot Karamat Ali over a debt.", "custodial"),
        (
            "The prosecutor said Gulzar Ahmed told detectives that he had strangled Karamat Ali.",
            "custodial",
        ),
    ],
)
def test_a_confession_told_inside_anothers_report(nlp: Language, text: str, setting: str) -> None:
    assert settings_of(analysis_of(nlp, text), "confession", "Gulzar Ahmed") == {setting}


@pytest.mark.parametrize(
    "text",
    [
        "Police said Gulzar Ahmed told them that Sabir Hussain had shot Karamat Ali.",
        "Police said Gulzar Ahmed told them he had seen the killers of Karamat Ali.",
        "Police said Gulzar Ahmed never told them he had shot Karamat Ali.",
        "Police said Gulzar Ahmed told them he had not shot Karamat Ali.",
    ],
)
def test_no_confession_of_anothers_deed_a_sight_or_a_denial(nlp: Language, text: str) -> None:
    assert not settings_of(analysis_of(nlp, text), "confession", "Gulzar Ahmed")
