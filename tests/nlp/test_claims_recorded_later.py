"""A confession whose setting a later sentence tells by how it was recorded
(``nlp.claims.recorded_later``): "the statement", "the confession" or "it", recorded before a
magistrate or by an inspector just after a confession (or its retraction) was told, is that
confession, made there. Sentences and names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of


@pytest.mark.parametrize(
    ("text", "confessor", "setting"),
    [
        (
            "Nadeem Akhtar was convicted of the murder of Rafiq Butt. During the trial, Akhtar"
            " retracted his confession. The court noted that the statement had been recorded"
            " before a judicial magistrate.",
            "Nadeem Akhtar",
            "judicial",
        ),
        (
            "Nadeem Akhtar was convicted of the murder of Rafiq Butt. Akhtar withdrew his"
            " confessional statement, saying he had been beaten. The court found it voluntary"
            " as it had been recorded by a magistrate.",
            "Nadeem Akhtar",
            "judicial",
        ),
        (
            "Otieno Barasa was jailed for the murder of Grace Achieng. The judge relied on his"
            " confession. It had been recorded by Chief Inspector Moses Kiprop at the Kisumu"
            " police station.",
            "Otieno Barasa",
            "custodial",
        ),
    ],
)
def test_a_confession_recorded_in_the_next_sentence_takes_that_setting(
    nlp: Language, text: str, confessor: str, setting: str
) -> None:
    assert setting in settings_of(analysis_of(nlp, text), "confession", confessor)


@pytest.mark.parametrize(
    "text",
    [
        # another's statement, owned by its "of" phrase
        "Nadeem Akhtar confessed to the murder of Rafiq Butt. The statement of the eyewitness,"
        " Imtiaz Ali, was recorded by a magistrate.",
        # no confession told before: a statement recorded is not a confession by itself
        "Nadeem Akhtar was arrested over the murder of Rafiq Butt. The statement was recorded"
        " before a magistrate.",
        # told too long before
        "Nadeem Akhtar confessed to the murder of Rafiq Butt. The trial opened in May. Twelve"
        " witnesses were heard. The statement was recorded before a magistrate.",
    ],
)
def test_a_statement_recorded_is_no_confession_without_one_just_told(
    nlp: Language, text: str
) -> None:
    assert "judicial" not in settings_of(analysis_of(nlp, text), "confession", "Nadeem Akhtar")
