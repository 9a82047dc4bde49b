"""What an accused says in a recording (``nlp.claims.footage``, ``nlp.claims.recordings``):
"a video in which X says the escape was planned" is X's public confession, however the parse
hangs the "in which" clause; a denial said in one, or what someone not accused says, is none.
Sentences and names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of

_ARREST = "Police arrested Farhan Qureshi and Nadeem Baig over the jailbreak. "


@pytest.mark.parametrize(
    "said",
    [
        "Police also released a video in which Farhan Qureshi, seated on a chair, says the "
        "escape was planned for a month.",
        "The next day a video was broadcast in which Qureshi said he had been paid by a gang.",
        "Police released a video in which Qureshi is seen admitting that he bribed the guard.",
    ],
)
def test_an_accused_speaking_in_a_video_confesses_in_public(nlp: Language, said: str) -> None:
    found = analysis_of(nlp, _ARREST + said)
    assert settings_of(found, "confession", "Farhan Qureshi") == {"public"}


@pytest.mark.parametrize(
    ("said", "name"),
    [
        (
            "Police released a video in which Qureshi says he never went near the jail.",
            "Farhan Qureshi",
        ),  # fmt: skip
        ("Police released a video in which Qureshi says he is innocent.", "Farhan Qureshi"),
        (
            "The family released a video in which Rukhsana Bibi says the escape was planned.",
            "Rukhsana Bibi",
        ),  # fmt: skip
    ],
)
def test_no_confession_of_a_denial_or_of_one_not_accused(
    nlp: Language, said: str, name: str
) -> None:
    assert not settings_of(analysis_of(nlp, _ARREST + said), "confession", name)
