"""audit.counts: the counts of a sentence, before any measure (invented sentences)."""

from __future__ import annotations

from corroborate.audit.counts import (
    BARE,
    as_number,
    bare_value,
    masked,
    noun_only,
    sentence_counts,
    unit_class,
)


def counts_of(text: str) -> list[tuple[float | None, str]]:
    return [(c.value, c.unit) for c in sentence_counts(text, masked(text), 0, len(text))]


def test_weapons_by_model_keep_their_noun() -> None:
    text = "Guards seized six G22 rifles, two .223 rifles and 14 30-bore pistols."
    assert counts_of(text) == [(6.0, "G22 rifles"), (2.0, ".223 rifles"), (14.0, "30-bore pistols")]


def test_a_noun_after_a_name_and_one_person_told_with_an_article() -> None:
    assert counts_of("Guards arrested five Harbour Front (HF) target killers.") == [
        (5.0, "Harbour Front target killers")
    ]
    assert counts_of("Guards arrested a suspect near the dock.") == [(1.0, "suspect")]


def test_masked_blanks_quotes_and_hedges_and_keeps_offsets() -> None:
    text = "Guards held 40 'alleged' target killers."
    assert len(masked(text)) == len(text)
    assert "'" not in masked(text) and "alleged" not in masked(text)
    assert counts_of(text) == [(40.0, "target killers")]


def test_unit_class_and_numbers_as_written() -> None:
    assert [unit_class(u) for u in ("raids", "12bore repeaters", "SMGs", "workers", "cases",
                                    "boats")] == [
        "raids", "weapons", "weapons", "people", "cases", None,
    ]  # fmt: skip
    assert [as_number(n) for n in ("1,096", "12", "Seven")] == [1096.0, 12.0, 7.0]


def test_noun_only_stops_where_the_quantity_reader_ran_on() -> None:
    assert [
        noun_only(u)
        for u in (
            "men namely Tariq Khan",
            "raids targeting other",
            "cases pertaining",
            "workers of the Harbour League",
            "separate cases of extortion",
            "accused persons",
            "incidents of target killings",
            "light machine guns",
            "boats",
        )
    ] == [
        "men", "raids", "cases", "workers", "separate cases", "accused persons",
        "incidents of target killings", "light machine guns", "boats",
    ]  # fmt: skip


def test_numbers_in_words_to_ninety_nine() -> None:
    assert [as_number(w) for w in ("seven", "Nineteen", "Thirty-one", "forty", "ninety-nine")] == [
        7.0, 19.0, 31.0, 40.0, 99.0,
    ]  # fmt: skip


def test_a_noun_after_an_adverb_and_a_participle() -> None:
    # "nine locally made pistols": the quantity reader stops at the adverb
    text = "Guards seized nine locally made pistols and two illegally acquired rifles."
    assert counts_of(text) == [(9.0, "locally made pistols"), (2.0, "illegally acquired rifles")]
    assert counts_of("Guards held three locally known men.") == [(3.0, "locally known men")]
    # an adverb with no noun of a kind after it changes nothing
    assert counts_of("Guards found three locally made toys.") == [(3.0, "locally")]


def test_number_words_are_read_as_written() -> None:
    assert [as_number(w) for w in ("ten", "Ten", "TEN")] == [10.0, 10.0, 10.0]


def test_a_bare_number_with_its_scale_word() -> None:
    # enf7: "... and two dozen from the rival X" is 24, "three hundred" 300; a number alone
    # is itself
    text = "Twenty-two from X, two dozen from Y, three hundred from Z and 12 from W."
    found = [(m.group(), bare_value(m)) for m in BARE.finditer(text)]
    assert found == [
        ("Twenty-two", 22.0),
        ("two dozen", 24.0),
        ("three hundred", 300.0),
        ("12", 12.0),
    ]
