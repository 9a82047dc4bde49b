"""A statement told by a contact relative of saying ("the admission police said he had made
during interrogation", ``claims.said_made``): the parser makes the statement a compound of
"police"; the accused who disowns it takes back his own statement, made where the giving
verb's phrase says, else in custody. Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of

_CONVICTED = "Karim Baig was convicted of the murder. "


@pytest.mark.parametrize(
    ("told", "setting"),
    [
        ("Baig disowned the admission police said he had made during interrogation.", "custodial"),
        ("At the trial Baig repudiated the statement police say he gave.", "custodial"),
        (
            "Baig, too, disowned the admission police said he had made during interrogation.",
            "custodial",
        ),
    ],
)
def test_statement_police_said_he_made_is_taken_back(
    nlp: Language, told: str, setting: str
) -> None:
    analysis = analysis_of(nlp, _CONVICTED + told)
    assert settings_of(analysis, "confession", "Karim Baig") == {setting}
    assert settings_of(analysis, "retraction", "Karim Baig")


def test_a_statement_police_said_another_made_is_not_his(nlp: Language) -> None:
    # guard: the giver named is a witness, no pronoun the disowner binds - no confession of
    # his is told (what "disowned" alone makes of it is ``Retractions._own_taken_back``'s)
    text = _CONVICTED + "Baig disowned the statement police said the watchman had made."
    assert not settings_of(analysis_of(nlp, text), "confession", "Karim Baig")
