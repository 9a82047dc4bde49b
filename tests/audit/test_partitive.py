"""audit.partitive: whether the words before a count open a part of a whole (invented
sentences), the same answers as the expression it replaces, in time that grows with the words'
length once."""

from __future__ import annotations

import random
import re
import time

import pytest

from corroborate.audit.partitive import opens_a_part

# The expression `implicit` searched before (rev93's one-pass form): the reference.
_EXPRESSION = re.compile(
    r"\b(?:of|among)\s+(?:them|which|whom|these|those|the\s+(?:total\s+)?[\d,]+\b[^,;]*|"
    r"[\d,]+\b[^,;]*),?\s+(?:(?:[^,;]|,(?=\s))*(?:,|\band|\bwhile)\s+)?\Z",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    "words",
    [
        "Of them, ",
        "Police said that of those ",
        "Among the 62 slain fighters, ",
        "Of the total 1,140 held, ",
        "Of the 88 seized rifles, 40 were new and ",
        "Of 30 suspects, nine were freed, ",
        "Of which ",
        "of these, 14 were charged while ",
    ],
)
def test_a_part_is_opened(words: str) -> None:
    assert opens_a_part(words)


@pytest.mark.parametrize(
    "words",
    [
        "Police arrested ",  # no partitive head
        "Of them, 12 were held; ",  # a ";" ends the part's sentence
        "Of the seized rifles, ",  # no number and no pronoun after "of the"
        "Of them, 12 were held in Kotli ",  # the tail does not end with its last link
        "Of 1,20,0 men,x ",  # a "," with no space after it, outside the number
        "proof 12 ",  # "of" inside a word
        "Of them, 40",  # no space before the count
        "Of the 12and ",  # the number runs into a word
    ],
)
def test_no_part_is_opened(words: str) -> None:
    assert not opens_a_part(words)


_PIECES = [
    "of", "Of", "among", "the", "The", "total", "them", "which", "whom", "these", "those",
    "12", "1,200", "1,2,", "12,", ",a", ",", ";", " ", "  ", "\n", "\u00a0", "and", "AND",
    "while", "band", "x", "proof", "_", "held",
]  # fmt: skip


def test_the_same_answers_as_the_expression_on_generated_words() -> None:
    rng = random.Random(7)
    opened = 0
    for _ in range(20000):
        head = rng.choice(["", "of ", "Of the ", "among the total ", "Of "])
        words = head + "".join(
            rng.choice(_PIECES) + rng.choice(["", " "]) for _ in range(rng.randint(0, 10))
        )
        expected = _EXPRESSION.search(words) is not None
        opened += expected
        assert opens_a_part(words) == expected, words
    assert opened > 500  # the generated words open parts often enough to compare


def test_a_long_list_of_numbers_is_read_in_one_pass() -> None:
    # 200 "of 12 and " and a word: the expression ran each number's stretch against the
    # tail's (18 s); read once from the end, milliseconds.
    words = "of 12 and " * 200 + "x"
    started = time.perf_counter()
    assert not opens_a_part(words)
    assert opens_a_part(words[:-1])
    assert time.perf_counter() - started < 0.5
