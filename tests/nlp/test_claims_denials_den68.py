"""A case or crime the accused's side says he "had nothing to do with", den68: the relative
clause on what he was jailed, arrested or held for ("for a theft she had nothing to do with"),
or on the case or charge he came to face ("came back to face a case he had nothing to do
with"), disowns it as "a crime he did not commit" does (``narrowed_deeds.disowns``, asked by
``ClearingActs._for_what_was_not_done``). Invented sentences and names, in several countries'
words; paraphrases that must read and near misses that must not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_MULTAN = "Police arrested Imran Qureshi, 32, over the theft of cash from a bank in Multan. "
_QUETTA = "Police arrested Nasreen Akhtar, 29, over the theft of cash from a bank in Quetta. "
_ELDORET = "Police arrested Peter Kiplagat, 40, over the burning of a grain store in Eldoret. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the case or charge he came to face
        (
            _MULTAN + "His lawyer said he had come back on his own to face a case he had "
            "nothing to do with.",
            "Imran Qureshi",
        ),
        (
            _MULTAN + "His lawyer said his client had returned from Dubai to face a charge he "
            "had nothing to do with.",
            "Imran Qureshi",
        ),
        (
            _ELDORET + '"He came home to face a case he had nothing to do with," his brother said.',
            "Peter Kiplagat",
        ),
        # what she was jailed, held or arrested for
        (
            _QUETTA + "Her lawyer said she was jailed for a theft she had nothing to do with.",
            "Nasreen Akhtar",
        ),
        (
            _MULTAN + "His lawyer said his client had spent two years in prison for a robbery "
            "he had nothing to do with.",
            "Imran Qureshi",
        ),
        (
            _QUETTA + '"I spent a year in jail for a theft I had nothing to do with," Akhtar said.',
            "Nasreen Akhtar",
        ),
        (
            _ELDORET + "His father said Kiplagat was arrested for a fire he had nothing to do "
            "with.",
            "Peter Kiplagat",
        ),
    ],
)
def test_a_case_he_had_nothing_to_do_with_is_denied(nlp: Language, text: str, who: str) -> None:
    assert who in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a "not" on the case faced may be of anything
        _MULTAN + "His lawyer said he had come back to face a charge he did not understand.",
        # the clause's subject is another than the one who faces the case
        _MULTAN + "The prosecutor said Qureshi had come back to face a case his brother had "
        "nothing to do with.",
        # "nothing to do with it" said of the court, not of a case
        _MULTAN + "His lawyer said he had come back to face the court, which had nothing to do "
        "with it.",
        # what is faced is no case or charge
        _ELDORET + "His lawyer said he had come home to face a crowd he had nothing to do with.",
        # a witness who had nothing to do with the case: no one is jailed or faces it
        _QUETTA + "The bank's guard said the case was one he had nothing to do with.",
    ],
)
def test_no_denial_where_the_case_is_not_disowned_by_its_accused(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a named other who faces a case of his own denies it himself, not the accused
        (
            _MULTAN + "The bank manager, Tariq Mehmood, said he had come back to face a case "
            "he had nothing to do with.",
            "Tariq Mehmood",
        ),
        (
            _QUETTA + "Akhtar's lawyer said the guard, Asif Ali, was jailed for a theft he had "
            "nothing to do with.",
            "Asif Ali",
        ),
    ],
)
def test_another_named_who_disowns_his_own_case_denies_it_himself(
    nlp: Language, text: str, who: str
) -> None:
    assert accused_of("denial", nlp, text) == {who}
