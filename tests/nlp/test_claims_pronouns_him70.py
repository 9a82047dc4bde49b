"""A "him" or "her" object whose nearest enclosing subject is "the NOUN", a noun for a person
the report ties to one named accused ("The driver had not complained to the magistrate who
remanded him"), stands for that accused, not for the accused the report ruled on last
(him70, xref69's rule narrowed). Invented sentences; near misses where the rule must not fire:
a thing, a statement or a court as that subject, the judge as that subject, a "her" after a
man's noun."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

# the same openings as tie69's: the driver named first, his employer ruled on last
from tests.nlp.test_claims_pronouns_tie69 import _CASHIER, _DRIVER


@pytest.mark.parametrize(
    ("kind", "text", "who"),
    [
        (
            "arrest",
            _DRIVER + "The driver said the customs officers had arrested him in March.",
            "Lukas Novak",
        ),
        (
            "arrest",
            _DRIVER + "The driver told the court that the officers had arrested him at the border.",
            "Lukas Novak",
        ),
        (
            "arrest",
            _CASHIER + "The cashier told reporters that detectives had arrested her at home.",
            "Jana Horakova",
        ),
    ],
)
def test_an_object_under_a_persons_description_is_its_bearer(
    nlp: Language, kind: str, text: str, who: str
) -> None:
    assert who in accused_of(kind, nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a statement, a court, a car: no one's description
        _DRIVER + "The statement attributed to him was read out in court.",
        _DRIVER + "The court that convicted him sat in Brno.",
        _DRIVER + "The car that hit him was never found.",
        # the judge as the subject: the judge is not the accused
        _DRIVER + "The judge said the officers had arrested him at the border.",
        # "her" after a man's noun: not the driver
        _DRIVER + "The driver said the officers had arrested her at the border.",
    ],
)
def test_no_bearer_where_the_subject_is_no_accused_persons_description(
    nlp: Language, text: str
) -> None:
    assert "Lukas Novak" not in accused_of("arrest", nlp, text) - accused_of("arrest", nlp, _DRIVER)


def test_a_subject_of_the_pronouns_own_clause_is_not_its_description(nlp: Language) -> None:
    # "the foreman" (unnamed) is the subject of her own clause: she is not he, nor no one
    text = (
        "A court in Brno tried a cashier, Jana Horakova, for fraud. She wept as the foreman "
        "read out a verdict of not guilty on the charge against her."
    )
    assert "Jana Horakova" in accused_of("accusation", nlp, text)


@pytest.mark.parametrize(
    "tail",
    [
        "The driver told the court that police had arrested him at the border.",
        "The driver said customs officers had detained him at the border.",
    ],
)
def test_an_object_under_an_unnamed_persons_description_is_no_one(nlp: Language, tail: str) -> None:
    # the driver is never named: "him" is he, not the employer the report followed
    text = "A court in Brno jailed Petr Dvorak for two years for smuggling cigarettes. " + tail
    assert "Petr Dvorak" not in accused_of("arrest", nlp, text)
