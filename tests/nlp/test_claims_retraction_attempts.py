"""A confession taken back by a plain phrasal verb or by trying: "X took back his
confession", "he took his confession back" (``kinds.retraction_cues``: "take_back"), "X tried
to retract his confession at trial", "sought to withdraw the statement" (``claims.not_done``:
a verb of trying, ``legal.retraction_attempt_verbs``, leaves a taking back done - the accused
takes his word back whatever the court allows). Near misses: one taken back to prison, keys
taken back, a witness who takes back her statement, "refused to take back", "plans to
retract". Invented sentences and names; none read a retraction on 17c17f74."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_LEEDS = (
    "Jordan Pike was convicted in Leeds of assaulting a resident of the care home where he "
    "worked. Pike confessed to detectives after his arrest. "
)
_PLZEN = (
    "Marek Horak, 33, was charged in Plzen with drug trafficking. Horak confessed to the "
    "police in March. "
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_LEEDS + "At trial Pike took back his confession.", "Jordan Pike"),
        (
            _LEEDS + "At trial he took his confession back, saying he had been confused.",
            "Jordan Pike",
        ),
        (
            _PLZEN + "At trial, Horak took back his confession, saying police had promised "
            "him bail.",
            "Marek Horak",
        ),
        (_LEEDS + "Pike tried to retract his confession at trial.", "Jordan Pike"),
        (_PLZEN + "Horak later sought to withdraw his confession.", "Marek Horak"),
        (_PLZEN + "In court Horak attempted to retract the confession.", "Marek Horak"),
    ],
)
def test_taken_back_or_tried_to_be(nlp: Language, text: str, name: str) -> None:
    assert accused_of("retraction", nlp, text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        _LEEDS + "After the verdict Pike was taken back to prison.",
        _LEEDS + "Pike took back the keys he had lent the resident.",
        _LEEDS + "A witness, Ann Cole, took back her statement against Pike.",
        _LEEDS + "Pike refused to take back his confession.",
        _PLZEN + "Horak refused to retract his confession.",
        _PLZEN + "Horak's lawyer said he plans to retract the confession.",
        _PLZEN + "Horak failed to withdraw his confession before the deadline.",
    ],
)
def test_not_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()
