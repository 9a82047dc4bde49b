"""audit.measure: which measure a count is, by the words beside it (invented sentences)."""

from __future__ import annotations

import pytest

from corroborate.audit.counts import masked, sentence_counts
from corroborate.audit.measure import force_kills, measure_of


def first_measure(text: str) -> str | None:
    (count, *_) = sentence_counts(text, masked(text), 0, len(text))
    return measure_of(count, text, 0, len(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards arrested 40 workers on Monday.", "arrests"),
        ("As many as 40 workers were arrested on Monday.", "arrests"),
        ("Guards conducted 12 raids on Monday.", "raids"),
        ("Guards recovered 12 rifles from the house.", "weapons_seized"),
        ("The court acquitted 3 suspects.", "acquittals"),
        # an act to come, and what the count did rather than what was done to it
        ("The 40 workers will be arrested on Monday.", None),
        ("Two suspects killed a guard on Monday.", None),
        # counted before: "the other four arrested men"
        ("Guards said the other four arrested men were freed.", None),
        # killings are the force's only with a clash, an adversary or a force's verb
        ("Five militants were killed on Monday.", "killings"),
        ("Five people were killed on Monday.", None),
        ("Five people were killed in an encounter on Monday.", "killings"),
    ],
)
def test_measure_of(text: str, expected: str | None) -> None:
    assert first_measure(text) == expected


def test_force_kills() -> None:
    assert force_kills("militants", "Five militants died.")
    assert force_kills("people", "Five people were neutralised.")
    assert not force_kills("people", "Five people died in a fire.")
