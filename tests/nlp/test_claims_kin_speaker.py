"""A plural pronoun a victim's kin speak of themselves (``claims.kin_speaker``): never the
accused group the sentence before named. Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_ARRESTED = "Police on Tuesday arrested the school's director, Arun Mehra, and Vikram Sethi. "


def test_a_victim_s_family_saying_they_did_not_know_the_owner_denies_for_no_one(
    nlp: Language,
) -> None:
    text = _ARRESTED + "Priya's family said they did not know the building owner."
    assert accused_of("denial", nlp, text) == set()


def test_the_accused_s_own_relatives_still_deny_for_them(nlp: Language) -> None:
    # near miss: "their" are the accused; the group readers keep the denial
    text = _ARRESTED + "Their relatives said they had no role in the collapse."
    assert accused_of("denial", nlp, text) == {"Arun Mehra", "Vikram Sethi"}


def test_a_named_accused_s_family_still_denies_for_the_group(nlp: Language) -> None:
    # near miss: the owner of the family is accused himself
    text = _ARRESTED + "Mehra's family said they had no role in the collapse."
    assert accused_of("denial", nlp, text) == {"Arun Mehra", "Vikram Sethi"}
