"""An answer of yes to the press about one's own crime (``nlp.claims.answered_yes``): "Asked by
journalists whether he had killed X, Y said: 'Yes ...'" is Y's public confession; an answer of
no, or a yes about another's deed, is none. Sentences and names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of

_ARREST = "Arjun Pathak, 27, was arrested on Sunday over the murder of a jeweller in Nagpur. "


def test_a_yes_to_journalists_is_a_public_confession(nlp: Language) -> None:
    text = (
        _ARREST + "Asked by journalists outside the police station whether he had killed the "
        'jeweller, Pathak said: "Yes, I did it because he cheated my father."'
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Arjun Pathak") == {"public"}


@pytest.mark.parametrize(
    "text",
    [
        _ARREST + "Asked by journalists outside the police station whether he had killed the "
        'jeweller, Pathak said: "No, I was not even in the city."',
        _ARREST + "Asked by reporters whether his brother had killed the jeweller, Pathak "
        'said: "Yes, he told me so."',
    ],
)
def test_no_confession_of_a_no_or_of_anothers_deed(nlp: Language, text: str) -> None:
    assert not settings_of(analysis_of(nlp, text), "confession", "Arjun Pathak")
