"""out92: a court step on one the report also gives a police officer's or a relative's part.

The reader keeps a pronoun off anyone told apart (a judge, a victim, an investigator ...).
A police officer or a relative may themselves be remanded, bailed, declared an absconder or
sentenced: where the report accuses that one, or the grammar binds the step's pronoun to one
the law holds ("... was produced before a magistrate, who sent him to jail"), the step is
theirs (``PartsTold._ruled_on_here``, ``PronounChain._bound_beyond_relative``); and a term one
"received" is the receiver's own, whatever kin he is (``Punishments._received``). Invented
sentences; the positives fail on the base (c8542b26).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, outcomes

_ARRESTED = "Police arrested Karim Bux on Monday. "


@pytest.mark.parametrize(
    ("text", "name", "outcome"),
    [
        # the charge read to the officer before: "him" is the officer the court declared
        (
            "A sessions judge charged Sub-inspector Rashid Mahmood and constable Imran Shah "
            "with torture. Sub-inspector Mahmood was not in court: the judge declared him a "
            "proclaimed offender last week.",
            "Rashid Mahmood",
            "proclaimed_offender",
        ),
        # the grammar binds "him" to the one produced, an officer or not
        (
            _ARRESTED + "Inspector Rashid Mahmood was produced before a magistrate, who "
            "remanded him for five days.",
            "Rashid Mahmood",
            "remanded",
        ),
        (
            _ARRESTED + "Rafiq Bux, a police constable posted at the checkpost, was arrested "
            "on Saturday and produced before a magistrate, who sent him to jail.",
            "Rafiq Bux",
            "remanded",
        ),
        (
            _ARRESTED + "Constable Rafiq Bux was arrested on Saturday and produced before a "
            "magistrate, who sent him to jail.",
            "Rafiq Bux",
            "remanded",
        ),
        (
            _ARRESTED + "His son, Rafiq Bux, was produced before a magistrate, who sent him to "
            "jail on judicial remand.",
            "Rafiq Bux",
            "remanded",
        ),
        # a term received is the receiver's, a son or a brother
        (
            "His son, Julien Marchand, received eight months, suspended, for moving the crates.",
            "Julien Marchand",
            "sentenced",
        ),
        ("Her brother, Asif Khan, got ten years in prison.", "Asif Khan", "sentenced"),
    ],
)
def test_a_court_step_on_an_officer_or_relative_is_theirs(
    nlp: Language, text: str, name: str, outcome: str
) -> None:
    found = claims_of(nlp, text)
    assert outcomes(found, name) == {outcome}
    assert outcomes(found, "Karim Bux") == set()  # the one arrested before: not him


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        # an officer accused by no one who speaks of the step: "him" is the one arrested
        (
            _ARRESTED + "Inspector Rashid Mahmood said the magistrate had remanded him for "
            "five days.",
            "Rashid Mahmood",
            "Karim Bux",
        ),
        # a prosecutor is never the court's patient, whatever the grammar binds
        (
            _ARRESTED + "The prosecutor, Rafiq Bux, appeared before the magistrate, who "
            "remanded him.",
            "Rafiq Bux",
            "Karim Bux",
        ),
    ],
)
def test_an_officer_told_only_as_such_is_not_ruled_on(
    nlp: Language, text: str, name: str, other: str
) -> None:
    found = claims_of(nlp, text)
    assert outcomes(found, name) == set()
    assert outcomes(found, other) == {"remanded"}


@pytest.mark.parametrize(
    "text",
    [
        "His lawyer, Julien Marchand, received the verdict calmly.",
        "His father, Julien Marchand, received the news of the sentence at home.",
    ],
)
def test_what_a_relative_or_counsel_receives_is_no_term(nlp: Language, text: str) -> None:
    assert outcomes(claims_of(nlp, text), "Julien Marchand") == set()


def test_an_officer_released_and_placed_under_supervision(nlp: Language) -> None:
    text = (
        "The investigating judge granted provisional release to the customs officer, Hery "
        "Rabe, placing him under judicial supervision."
    )
    assert outcomes(claims_of(nlp, text), "Hery Rabe") == {"bail"}
