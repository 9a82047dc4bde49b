"""The spelling-variant measure on invented names, on both sides of the threshold."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corroborate.resolve.variants import (
    VARIANT_THRESHOLD,
    alike_across,
    alike_in_block,
    name_parts,
    romanised_alike,
    romanised_key,
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


@pytest.mark.parametrize(("a", "b"), [("Nurul Amin Zubair", "Nurul Amin Jubair"),
                                      ("Tanvir Qasim", "Tanwir Kasim"),
                                      ("Zinat Qadri", "Jeenat Kadri")])  # fmt: skip
def test_a_name_romanised_otherwise_is_a_variant_below_the_similarity(a: str, b: str) -> None:
    """Every word of one name romanised otherwise ("Zubair" / "Jubair", 0.889 alike): the
    second test, not the threshold, makes them variants. They share the romanised key,
    whatever letter opens them (the first letters' block may differ: "q" / "k")."""
    pa, pb = name_parts(a), name_parts(b)
    assert pa is not None and pb is not None and romanised_alike(pa, pb)
    assert romanised_key(pa) == romanised_key(pb)
    assert variant_similarity(pa, pb) < VARIANT_THRESHOLD  # the similarity alone: apart


@pytest.mark.parametrize(("a", "b"), [("Zahid Rind", "Zakir Rind"),  # relatives: h / k
                                      ("Zinat Hamad", "Jeenat Hammad"),  # one word only similar
                                      ("Paul Rayan", "Paul Ryann Cole"),  # not as many words
                                      ("Nurul Amin Zubair", "Nurul Amin Zubair Khan")])  # fmt: skip
def test_the_romanised_test_is_asked_of_every_word_at_once(a: str, b: str) -> None:
    """A skeleton of one word says little ("Zinat" / "Jeenat": "jnt"): the name's other
    words must have one skeleton too, and a given name with another consonant is another
    name (a father and son share the surname, never the given name)."""
    pa, pb = name_parts(a), name_parts(b)
    assert pa is not None and pb is not None and not romanised_alike(pa, pb)
    assert variant_similarity(pa, pb) < VARIANT_THRESHOLD
    assert romanised_key(pa) != romanised_key(pb)


def test_one_word_names_are_never_compared() -> None:
    assert name_parts("Qureshi") is None
    assert name_parts("Anees Qaim Khani") == ("anees", "qaim", "khani")


_WORDS = st.sampled_from(["hamad", "hammad", "hamid", "qaim", "khani", "qaimkhani", "rind",
                          "adeeb", "adeel", "ali", "alee", "akhtar", "akhter", "a", "zinat",
                          "jeenat", "kaim", "md", "mo", "parvez", "parwez"])  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=2, max_size=4).map(tuple), max_size=40, unique=True))
def test_block_comparison_equals_the_pairwise_measure(block: list[tuple[str, ...]]) -> None:
    expected = [
        [j for j, other in enumerate(block)
         if j != i and variant_similarity(name, other) >= VARIANT_THRESHOLD]
        for i, name in enumerate(block)
    ]  # fmt: skip
    assert alike_in_block(block) == expected


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.lists(_WORDS, min_size=2, max_size=4).map(tuple), max_size=20),
    st.lists(st.lists(_WORDS, min_size=2, max_size=4).map(tuple), max_size=40),
)
def test_names_across_a_block_are_compared_as_the_pairwise_measure(
    names_: list[tuple[str, ...]], block: list[tuple[str, ...]]
) -> None:
    """A few names looking into a block: the same pairs as the measure, by pairs or by the
    matrix (past 144 pairs), a name alike to itself and to a repeat of itself."""
    expected = [
        [j for j, other in enumerate(block) if variant_similarity(name, other) >= VARIANT_THRESHOLD]
        for name in names_
    ]  # fmt: skip
    assert alike_across(names_, block) == expected


def test_names_across_a_block_of_hundreds() -> None:
    """Two asking names against a block of 300 (the matrix path, rows of the askers only)."""
    block: list[tuple[str, ...]] = [("hamad", "ali"), ("hammad", "ali"), ("hamid", "ali")] * 100
    asking: list[tuple[str, ...]] = [("hamad", "ali"), ("zinat", "rind")]
    alike = alike_across(asking, block)
    assert alike[0] == [j for j in range(300) if j % 3 != 2]  # "hamid ali" is not alike
    assert alike[1] == []


_ROMANISED_WORDS = st.sampled_from(["zubair", "jubair", "zinat", "jeenat", "qadri", "kadri",
                                    "kaderi", "md", "mo", "tanvir", "tanwir", "rind",
                                    "rhind"])  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_ROMANISED_WORDS, min_size=2, max_size=3).map(tuple),
       st.lists(_ROMANISED_WORDS, min_size=2, max_size=3).map(tuple))  # fmt: skip
def test_the_romanised_key_is_exactly_the_test(a: tuple[str, ...], b: tuple[str, ...]) -> None:
    """The blocking key is as narrow as the test and no narrower: names share it exactly
    when they are romanised alike, so no pair the rule would join sits in two components."""
    assert (romanised_key(a) == romanised_key(b)) == romanised_alike(a, b)
