"""lfc16's constructions of a confession, on invented sentences, with their guards: a plea
changed to guilty ("changed her plea to guilty", "from not guilty to guilty": the plea after
"to", ``Answering._plea_changed``); a confession noun the police's own relative clause tells
of ("the confession the police had announced at a press conference", and "the confession
attributed to him by the inspector": custodial, ``placed_setting.custodians_word``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_CHARGED = "Police charged Ruth Alleyne with theft. "
_ARRESTED = "Police arrested Tariq Mahmood over the robbery. "


@pytest.mark.parametrize(
    "text",
    [
        _CHARGED + "Ruth Alleyne changed her plea to guilty on four counts of fraud.",
        _CHARGED + "Alleyne changed her plea from not guilty to guilty when she was re-arraigned.",
        # several "to" phrases: the plea's is not the last
        _CHARGED + "Alleyne changed her plea to guilty on the second day of the trial to a "
        "reduced charge of handling.",
    ],
)
def test_plea_changed_to_guilty_confesses_in_court(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Ruth Alleyne") == {"judicial"}


@pytest.mark.parametrize(
    "text",
    [
        # the plea left behind is no plea
        _CHARGED + "Alleyne changed her plea from guilty to not guilty.",
        _CHARGED + "Alleyne changed her plea to not guilty after a week.",
        # a changing verb with no plea as its object tells none
        _CHARGED + "Alleyne changed her lawyer to a senior advocate before the trial.",
    ],
)
def test_plea_not_changed_to_guilty_confesses_nothing(nlp: Language, text: str) -> None:
    assert "Ruth Alleyne" not in accused_of("confession", nlp, text)


def test_plea_changed_to_not_guilty_denies(nlp: Language) -> None:
    text = _CHARGED + "Alleyne changed her plea from guilty to not guilty."
    assert "Ruth Alleyne" in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        _ARRESTED + "His counsel told the court that the confession the police had announced at "
        "a press conference was extracted by torture.",
        _ARRESTED + "Mahmood's counsel had described the confession attributed to him by the "
        "inspector as a fabrication.",
    ],
)
def test_confession_the_police_tell_of_is_custodial(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Tariq Mahmood") == {"custodial"}


def test_confession_made_at_a_press_conference_stays_public(nlp: Language) -> None:
    # the accused's own clause of making it: where he made it
    text = (
        _ARRESTED
        + "The magistrate recorded the confession that Mahmood made at a press conference."
    )
    assert settings(nlp, text, "Tariq Mahmood") == {"public"}
