"""Kin told where the report named them (``claims.kin_named``), and the speaker's own earlier
word quoted (``claims.own_word``): '"My brother never met him," he said' after "X's brother,
Y, said ..."; '"I said on the first day that I was not there," X told reporters'. And the
victim's kin, who speak for no accused (``SpokenFor._kin_of_no_accused``). Invented
sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_ARRESTED = "Police arrested Viktor Hanak on Friday for blackmailing a merchant. "


def test_my_brother_told_by_the_kin_who_spoke_last(nlp: Language) -> None:
    text = _ARRESTED + (
        "Hanak's elder brother, Pavel Hanak, who drives a lorry, said his brother repaired "
        'radios for a living. "The police need a culprit. My brother has never met this '
        'merchant," he said outside the court.'
    )
    assert accused_of("denial", nlp, text) == {"Viktor Hanak"}


def test_i_was_not_there_said_before_by_the_accused(nlp: Language) -> None:
    text = (
        "Emil Kraus and his son Filip Kraus were charged with the murder of a miller. "
        '"I said on the first day that I was not there. Time will show the truth," Emil '
        "Kraus told reporters as he left."
    )
    assert "Emil Kraus" in accused_of("denial", nlp, text)


def test_we_of_a_lawyer_clears_no_one(nlp: Language) -> None:
    # guard: "we" of counsel is no accused
    text = (
        "Police charged Emil Kraus with the murder of a miller. His lawyer, Tomas Vrba, told "
        'reporters: "We were not there to see the arrest."'
    )
    assert accused_of("denial", nlp, text) == set()


def test_the_victims_wife_asleep_at_home_clears_no_one(nlp: Language) -> None:
    # guard: the victim's kin speak for no accused, whoever "she" was taken for
    text = (
        "Police charged Karel Vesely with the murder of a baker. The baker's wife, Olga Rys, "
        "said she was asleep at home at the time of the murder."
    )
    assert accused_of("denial", nlp, text) == set()


def test_asleep_in_the_office_at_the_time_is_an_alibi(nlp: Language) -> None:
    text = (
        "Police charged Karel Vesely with the murder of a night watchman. In his statement to "
        "the court, Karel Vesely said he was asleep in the mill office at the time of the murder."
    )
    assert accused_of("denial", nlp, text) == {"Karel Vesely"}


def test_named_only_because_of_where_he_works(nlp: Language) -> None:
    text = (
        "Police charged Robert Zeman with the killing of a farmer. His lawyer, Ota Fiala, said "
        "his client had been named only because he works at the pumping station."
    )
    assert accused_of("denial", nlp, text) == {"Robert Zeman"}


def test_named_only_as_a_witness_is_no_denial(nlp: Language) -> None:
    # guard: a bare phrase of the role named in gives no reason
    text = (
        "Police charged Robert Zeman with the killing of a farmer. His brother, Ales Zeman, was "
        "named only as a witness."
    )
    assert accused_of("denial", nlp, text) == set()


def test_on_all_three_nights_is_the_crimes_time(nlp: Language) -> None:
    text = (
        "Police charged Josef Malik with the theft of sheep. His wife, Dana Malik, told "
        "reporters that her husband was on night shift at the mill on all three nights."
    )
    assert accused_of("denial", nlp, text) == {"Josef Malik"}
