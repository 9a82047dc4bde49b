"""A statement the police record after cautioning a suspect is made in custody
(``kinds.json`` ``custodial``, read by ``nlp.kinds.setting_in``): "the cautioned statement",
"his warn and caution statement", "an interview under caution". Sentences and names are
invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.kinds import setting_in
from tests.nlp.readings import analysis_of, settings_of


@pytest.mark.parametrize(
    "phrase",
    [
        "in his cautioned statement",
        "in a caution statement",
        "in his warn and caution statement",
        "in an interview under caution",
        "in a statement under caution",
    ],
)
def test_a_statement_after_caution_is_custodial(phrase: str) -> None:
    assert setting_in(phrase) == "custodial"


def test_a_cautioned_statement_taken_back_is_a_custodial_confession(nlp: Language) -> None:
    text = (
        "The High Court convicted Amir Hamzah Yusof of murder. Amir's cautioned statement, "
        "which he had repudiated, was admitted after a trial-within-a-trial."
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Amir Hamzah Yusof") == {"custodial"}
