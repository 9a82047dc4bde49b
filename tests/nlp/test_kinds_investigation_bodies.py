"""A body of investigators named as such, in capitals, questions the suspects it holds: a
statement made to it or recorded by it is custodial (``kinds.json`` ``custodial``, read by
``nlp.kinds.setting_in``) - "the statement he made to the Central Service for Criminal
Research and Investigations", "recorded by the Special Investigation Unit", "to the
Criminal Investigation Department". Not an investigation in lower case, nor an
investigating judge. Sentences and names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.kinds import setting_in
from tests.nlp.readings import analysis_of, settings_of


@pytest.mark.parametrize(
    "phrase",
    [
        "to the Central Service for Criminal Research and Investigations",
        "by the Special Investigation Unit",
        "to the Criminal Investigation Department",
        "before the Federal Bureau of Investigation",
        "to the Directorate of Criminal Investigations",
    ],
)
def test_a_body_of_investigators_is_custodial(phrase: str) -> None:
    assert setting_in(phrase) == "custodial"


@pytest.mark.parametrize(
    "phrase",
    [
        "to the investigation into the fire",
        "in the Investigation Report of the committee",
        "to the investigating judge",
    ],
)
def test_an_investigation_that_is_no_body_is_not(phrase: str) -> None:
    assert setting_in(phrase) != "custodial"


def test_a_confession_made_to_the_body_is_custodial(nlp: Language) -> None:
    text = (
        "The criminal court of Lomé sentenced Kossi Amavi to three years. The judge read out "
        "the statement Amavi had made to the Central Service for Criminal Research and "
        "Investigations, in which he admitted the two sales."
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Kossi Amavi") == {"custodial"}
