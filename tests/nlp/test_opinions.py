"""The writer's own demands: a deontic modal on the main verb, outside quotations."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.opinions import authorial_opinions


def _demands(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [" ".join(doc[i].text for i in f.cue) for f in authorial_opinions(doc, [], [])]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The operation has to be even-handed.", "has"),
        ("The provincial government needs to publish the case files.", "needs"),
        ("Courts must hear these cases within a year.", "must"),
        ("The inquiry should name the officers involved.", "should"),
        ("We have to ask who gave the order.", "have"),
    ],
)
def test_a_demand_in_the_present_is_the_writers_opinion(nlp: Language, text: str, cue: str) -> None:
    assert _demands(nlp, text) == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "She had to make ends meet after the factory closed.",  # the past narrates
        "The detainees needed to see a lawyer, their families said.",  # an attribution, past
        "Her record has been investigated to no avail.",  # the perfect, and "to" a preposition
        "The party has two candidates in the district.",  # "has" as a plain verb
        "The court heard the case on Monday.",
    ],
)
def test_narration_and_the_perfect_are_not_demands(nlp: Language, text: str) -> None:
    assert _demands(nlp, text) == []


def test_a_demand_inside_a_quotation_is_not_the_writers(nlp: Language) -> None:
    text = '"The operation has to be even-handed," the spokesman said.'
    doc = nlp(text)
    assert authorial_opinions(doc, [], [(0, text.index(",") + 2)]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Should the council raise the parking fees again?",  # a question asks
        "So where should the ministry look for the money?",
        "The clerks must have known about the missing ledgers.",  # an inference on the past
    ],
)
def test_questions_and_inferences_are_not_demands(nlp: Language, text: str) -> None:
    assert _demands(nlp, text) == []


def test_a_reproach_on_the_past_stays(nlp: Language) -> None:
    assert _demands(nlp, "The police should have arrested the driver at once.") == ["should"]
