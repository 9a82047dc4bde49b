"""A count no float can hold (hundreds of digits, or a scale word past 1e308) is not a
quantity: it would be written as a bare Infinity, which strict JSON rejects."""

from __future__ import annotations

import math

import pytest

from corroborate.nlp.quantities import find_quantities


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested " + "9" * 400 + " workers on Monday.",
        "Police arrested " + "9" * 305 + " million workers on Monday.",
        "Police arrested between 12 and " + "9" * 400 + " workers on Monday.",
    ],
)
def test_a_count_no_float_holds_is_no_quantity(text: str) -> None:
    found = find_quantities(text)
    assert all(math.isfinite(v) for q in found for v in (q.value, q.low, q.high) if v is not None)
    assert not [q for q in found if q.unit == "workers"]


def test_large_but_finite_counts_stay() -> None:
    (quantity,) = find_quantities("Police arrested " + "9" * 30 + " workers on Monday.")
    assert quantity.value == float("9" * 30) and quantity.unit == "workers"
