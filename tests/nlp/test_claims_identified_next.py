"""A description the next sentence identifies (``nlp/claims/identified_next.py``), and "the
arrested" an identifying verb names, on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of


def test_a_definite_description_is_the_one_the_next_sentence_identifies(nlp: Language) -> None:
    text = (
        "The ferry pilot, who swam ashore, was taken into custody at the jetty. "
        "Police identified him as 52-year-old Nadir Hussain Qureshi."
    )
    assert accused_of("arrest", nlp, text) == {"Nadir Hussain Qureshi"}


def test_the_description_named_stands_for_them_later(nlp: Language) -> None:
    text = (
        "The ferry pilot was arrested at the jetty. Police identified him as Nadir Hussain "
        "Qureshi. Inspector Sajjad Hyder said the pilot confessed to overloading the boat."
    )
    assert accused_of("confession", nlp, text) == {"Nadir Hussain Qureshi"}


def test_a_bare_next_subject_is_not_the_description(nlp: Language) -> None:
    # only an identifying verb says the two are one: the next subject may be anyone
    text = "The ferry pilot was arrested at the jetty. Nadir Hussain Qureshi, a boatman, wept."
    assert accused_of("arrest", nlp, text) == set()


def test_a_pronoun_is_not_the_description_where_the_lede_tells_of_another(
    nlp: Language,
) -> None:
    text = (
        "The ferry pilot was arrested after a woman drowned. She was identified as Saima "
        "Bibi Qureshi."
    )
    assert accused_of("arrest", nlp, text) == set()


def test_the_arrested_an_identifying_verb_names_are_arrested(nlp: Language) -> None:
    text = "The police named the arrested as Nadir Hussain Qureshi and Sajjad Ali Mirani."
    assert accused_of("arrest", nlp, text) == {"Nadir Hussain Qureshi", "Sajjad Ali Mirani"}
