"""An order's small clause whose subject the parser took for the order's own objects: "the
judge ordered the owner and the inspector detained for up to 30 days" ("detained" a clause
of "ordered" with no subject, the two descriptions its objects) - each of the co-ordinated
objects is held (``order_clauses.subjectless_small_clause``). Invented sentences; the negatives
keep a release, a thing ordered and a custodian off the held."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import ruled_in_last_sentence

_MILL = (
    "Police arrested the mill's owner, Petar Jovic, 58, and Ana Markovic, 39, a state inspector "
    "who had signed the stock reports. "
)
_MILL_TWO = {"Petar Jovic", "Ana Markovic"}
_DEPOT = (
    "Police arrested the depot's manager, Luis Ortega, and Rosa Vidal, a customs broker who had "
    "cleared the containers. "
)


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            _MILL + "The judge ordered the owner and the inspector detained for up to 30 days.",
            _MILL_TWO,
        ),
        (
            _MILL + "The preliminary proceedings judge, Vesna Ilic, who is no relation of the "
            "owner, ordered the owner and the inspector detained for up to 30 days on the "
            "grounds that they could influence witnesses, the prosecutor's office said.",
            _MILL_TWO,
        ),
        (
            _DEPOT + "A judge in Valencia ordered the manager and the broker detained for 40 days.",
            {"Luis Ortega", "Rosa Vidal"},
        ),
    ],
)
def test_coordinated_objects_of_an_order_are_held(
    nlp: Language, text: str, members: set[str]
) -> None:
    assert ruled_in_last_sentence(nlp, text, "remanded") == members


def test_an_order_to_release_holds_no_one(nlp: Language) -> None:
    text = _MILL + "The judge ordered the owner and the inspector released on bail."
    assert ruled_in_last_sentence(nlp, text, "remanded") == set()


def test_things_ordered_sealed_hold_no_one(nlp: Language) -> None:
    text = _MILL + "The judge ordered the silo and the weighbridge sealed for 30 days."
    assert ruled_in_last_sentence(nlp, text, "remanded") == set()


def test_a_name_subject_is_still_read_as_before(nlp: Language) -> None:
    text = _MILL + "The judge ordered Jovic and Markovic detained for up to 30 days."
    assert ruled_in_last_sentence(nlp, text, "remanded") == _MILL_TWO
