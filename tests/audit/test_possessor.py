"""audit.possessor: a count of a group's own people told through "its" takes the group that
opens the sentence (invented sentences)."""

from __future__ import annotations

import time

import pytest
from spacy.language import Language

from corroborate.records import NONE_STATED
from tests.audit.test_figures import parsed_figures

N = NONE_STATED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Delta Front suffered the heaviest losses, with 31 of its fighters killed.",
         [("killings", 31.0, "Delta Front")]),
        # an apposition between the name and its verb
        ("HFL, the banned outfit behind a string of attacks on guard posts, suffered the "
         "heaviest losses, with 44 of its fighters killed, an official said.",
         [("killings", 44.0, "HFL")]),
        # a quote mark before the name; a name written with its kind
        ("“The Red Hill gang lost 5 of its men in the encounter, and 12 of its members were "
         "arrested,” he said.",
         [("arrests", 12.0, "Red Hill gang")]),
        ("The Harbour Front said 14 of its workers were arrested in raids on Monday.",
         [("arrests", 14.0, "Harbour Front")]),
        # a group a trigger names comes first
        ("Guards conducted 396 raids over the Delta Front and nabbed 30 of its workers.",
         [("raids", 396.0, "Delta Front"), ("arrests", 30.0, "Delta Front")]),
        # no group's name opens the sentence: a date, a force, a kind alone
        ("In March, guards killed 12 militants and arrested 9 of their leaders.",
         [("killings", 12.0, N), ("arrests", 9.0, N)]),
        ("Police said the gang lost 5 of its men in the encounter and 12 of its members were "
         "arrested.",
         [("arrests", 12.0, N)]),
        ("Karachi police arrested 40 suspects and 12 of their accomplices.",
         [("arrests", 40.0, N)]),
    ],
)  # fmt: skip
def test_the_possessor_opens_the_sentence(
    nlp: Language, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert parsed_figures(nlp, text) == expected


@pytest.mark.xfail(
    strict=True, reason="not built in enf4: 'lost' as a killing (the measure; one article)"
)
def test_lost_of_its_men_as_killings(nlp: Language) -> None:
    text = "The Harbour Front lost 29 of its men in our operations, the Guard said."
    assert parsed_figures(nlp, text) == [("killings", 29.0, "Harbour Front")]


def test_a_long_apposition_is_read_in_time_that_grows_with_it(nlp: Language) -> None:
    items = ", ".join(f"the attacks on post {i}" for i in range(30))
    text = f"The Delta Front, blamed for {items}, lost the most, with 31 of its fighters killed."
    started = time.perf_counter()
    found = parsed_figures(nlp, text)
    assert time.perf_counter() - started < 5.0
    assert ("killings", 31.0, "Delta Front") in found
