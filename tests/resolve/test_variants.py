"""The spelling-variant measure on invented names, on both sides of the threshold."""

from __future__ import annotations

import pytest

from corroborate.resolve.variants import (
    VARIANT_THRESHOLD,
    name_parts,
    variant_block,
    variant_similarity,
)


def _similarity(a: str, b: str) -> float:
    pa, pb = name_parts(a), name_parts(b)
    assert pa is not None and pb is not None
    return variant_similarity(pa, pb)


@pytest.mark.parametrize(("a", "b"), [("Hamad Qureshi", "Hammad Qureshi"),
                                      ("Anees Qaim Khani", "Anees Qaimkhani"),
                                      ("Adeeb Rind", "Adeel Rind"),
                                      ("Mohamed Farah Abdi", "Mohammed Farah Abdi")])  # fmt: skip
def test_variants_reach_the_threshold(a: str, b: str) -> None:
    assert _similarity(a, b) >= VARIANT_THRESHOLD
    pa, pb = name_parts(a), name_parts(b)
    assert pa is not None and pb is not None and variant_block(pa) == variant_block(pb)


@pytest.mark.parametrize(("a", "b"), [("Hammad Qureshi", "Hamid Qureshi"),
                                      ("Sana Qureshi", "Rafiq Qureshi"),
                                      ("Ali Hassan", "Ali Hassan Khan"),
                                      ("Nadeem Akhtar", "Nadeem Akhtar Jr"),
                                      ("Nadeem Akhtar Jr", "Nadeem Akhtar Day"),
                                      ("Uzma Rind", "Uzma Rehman")])  # fmt: skip
def test_other_names_stay_below(a: str, b: str) -> None:
    assert _similarity(a, b) < VARIANT_THRESHOLD


def test_one_word_names_are_never_compared() -> None:
    assert name_parts("Qureshi") is None
    assert name_parts("Anees Qaim Khani") == ("anees", "qaim", "khani")
