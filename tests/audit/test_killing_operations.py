"""audit.killing_operations: operations a killing was done in are no raids (invented
sentences)."""

from __future__ import annotations

import time

import pytest
from spacy.language import Language

from corroborate.audit.killing_operations import operations_of_a_killing
from corroborate.records import NONE_STATED
from tests.audit.test_figures import parsed_figures

N = NONE_STATED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the operations are where the killing was done
        ("The Guard killed four militants of the Delta Front in two operations near the harbour.",
         [("killings", 4.0, "Delta Front")]),
        ("Teams killed two dozen militants in three operations near the border, officials said.",
         [("killings", 24.0, N)]),
        ("Guards killed 30 militants in 12 operations across the district.",
         [("killings", 30.0, N)]),
        # operations that also arrested or seized, or that are told on their own, are raids
        ("Guards arrested 12 suspects and killed three in nine operations.",
         [("arrests", 12.0, N), ("killings", 3.0, N), ("raids", 9.0, N)]),
        ("Guards killed three militants and seized 40 rifles in nine raids.",
         [("killings", 3.0, N), ("weapons_seized", 40.0, N), ("raids", 9.0, N)]),
        ("Guards conducted 1,108 operations and killed 73 militants.",
         [("raids", 1108.0, N), ("killings", 73.0, N)]),
        ("Police arrested 2,036 suspects in 1,412 raids across the city.",
         [("arrests", 2036.0, N), ("raids", 1412.0, N)]),
        ("Three militants were killed in the exchange of fire, and the Guard carried out 40 "
         "search operations in the area.",
         [("killings", 3.0, N), ("raids", 40.0, N)]),
    ],
)  # fmt: skip
def test_operations_of_a_killing(
    nlp: Language, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert parsed_figures(nlp, text) == expected


def test_a_long_sentence_is_read_in_time_that_grows_with_it() -> None:
    before = "Guards killed " + ", ".join(f"{i} militants of the Front {i}" for i in range(30))
    started = time.perf_counter()
    for _ in range(100):
        assert operations_of_a_killing(before * 10 + " in ")
    assert time.perf_counter() - started < 2.0
