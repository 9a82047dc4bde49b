"""An enforcement figure no float can hold (a 400-digit count) is not read as a figure."""

from __future__ import annotations

import math

import pytest

from corroborate.audit.figures import find_figures


@pytest.mark.parametrize(
    "text",
    [
        "Rangers arrested " + "9" * 400 + " workers of the Harbour League on Friday.",
        "Rangers conducted 12 raids and arrested " + "9" * 400 + " workers.",
        "The number of people arrested stands at " + "9" * 400 + ".",
    ],
)
def test_no_infinite_figures(text: str) -> None:
    figures = find_figures(text, [], "2020-01-03", "t")
    for f in figures:
        assert all(math.isfinite(v) for v in (f.value, f.low, f.high) if v is not None), f


def test_finite_figures_beside_it_stay() -> None:
    text = "Rangers conducted 12 raids and arrested " + "9" * 400 + " workers."
    assert [(f.measure, f.value) for f in find_figures(text, [], None, "t")] == [("raids", 12.0)]
