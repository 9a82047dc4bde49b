"""The accused's own denials den54 reads: a deed refused for all time under one "never" that
two coordinated verbs share ("he never bought or sold a stolen engine": the parser hangs the
object on the last verb only, ``not_the_doer._sharing_conjuncts``); a "we" in the words of
one accused who speaks ('"I said from the first day that we were not there," X told
reporters': ``SpokenFor._speaking_of_self``). Each with a near miss that must read no
denial. Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = "Police arrested Orrin Talbeck and charged him with the theft of boat engines. "


def test_never_shared_by_two_verbs_refuses_the_deed(nlp: Language) -> None:
    text = _CHARGED + "Talbeck told the court he never bought or sold a stolen engine."
    assert accused_of("denial", nlp, text) == {"Orrin Talbeck"}


def test_never_shared_by_two_verbs_of_handling_money(nlp: Language) -> None:
    text = (
        _CHARGED
        + 'Talbeck said the case was revenge and that he "never carried or received one dollar".'
    )
    assert accused_of("denial", nlp, text) == {"Orrin Talbeck"}


def test_never_shared_with_a_verb_of_seeing_refuses_nothing(nlp: Language) -> None:
    # near miss: "saw" tells what he saw, no deed - the pair is no deed refused
    text = _CHARGED + "Talbeck told the court he never saw or counted the money."
    assert accused_of("denial", nlp, text) == set()


def test_never_shared_with_a_verb_of_harm_is_left_to_its_reading(nlp: Language) -> None:
    # near miss: "hit the car" harms no one; the harm reading decides it, not this one
    text = _CHARGED + "Talbeck told the court he never stopped or hit the car."
    assert accused_of("denial", nlp, text) == set()


def test_we_in_the_accused_own_words_holds_him(nlp: Language) -> None:
    text = (
        _CHARGED + '"I said from the first day that we were not there," Talbeck told '
        "reporters as he left the court."
    )
    assert accused_of("denial", nlp, text) == {"Orrin Talbeck"}


def test_we_in_the_accused_own_earlier_word_across_a_quote_of_two_sentences(
    nlp: Language,
) -> None:
    text = (
        _CHARGED + "The verdict was heard in a crowded courtroom. "
        '"I told them on the first day that we were not there. The truth has come out," '
        "Talbeck told reporters as he left."
    )
    assert accused_of("denial", nlp, text) == {"Orrin Talbeck"}


def test_we_of_an_officer_clears_no_one(nlp: Language) -> None:
    # near miss: the inspector's "we" is the police's
    text = (
        _CHARGED + '"I said from the first day that we were not there," Inspector Mary '
        "Okafor told reporters."
    )
    assert accused_of("denial", nlp, text) == set()


def test_we_told_straight_in_a_confession_clears_no_one(nlp: Language) -> None:
    # near miss: a "we" told straight may be the shared deed the confession tells
    text = (
        _CHARGED + 'In his confession, Talbeck said: "We went to the yard to take the '
        'engines. We did not know the guard was there."'
    )
    assert accused_of("denial", nlp, text) == set()
