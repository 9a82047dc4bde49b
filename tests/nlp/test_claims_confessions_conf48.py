"""conf48's constructions of a custodial confession, on invented sentences, with their guards:
the admitter's part told as a passive of himself ("admitted during interrogation that he was
paid for each trip": ``passive_deed.own_passive_part``); a group's admission of its own part
("both have admitted their involvement": ``OwnAdmissions._admitters_pronoun``); admissions made "in
interview" (a bare "in interview" is the police's: lexicon ``kinds.custodial``), the phrase
fronted on the verb of giving too (``placed_setting.given_setting``); and a description apposed
to the first name of a list ("X, 31, the welder, and Y, 44, ...": the welder is X,
``described_people._next_item``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_ONE = "Police arrested Rafiq Soomro at the airport. "
_TWO = "Police arrested Rafiq Soomro and Javed Lashari on Sunday. "


@pytest.mark.parametrize(
    "text",
    [
        _ONE + '"During interrogation, Soomro has admitted that he was paid Rs 150,000 for '
        'each trip," the inspector said.',
        _ONE + '"During interrogation, Soomro has admitted that this was his fourth trip and '
        'that he had been hired by a dealer in Quetta," the inspector said.',
    ],
)
def test_own_part_told_as_passive_confesses_in_custody(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Rafiq Soomro") == {"custodial"}


def test_crime_done_to_the_admitter_confesses_nothing(nlp: Language) -> None:
    # a crime done to him is no part of his in one
    text = _ONE + '"During interrogation, Soomro has admitted that he was beaten by the gang," '
    text += "the inspector said."
    assert "Rafiq Soomro" not in accused_of("confession", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        _TWO + '"In primary interrogation, both have admitted their involvement," the '
        "inspector said.",
        _TWO + "During interrogation, they admitted their involvement, the inspector said.",
    ],
)
def test_group_admits_its_own_part_in_custody(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Rafiq Soomro") == {"custodial"}
    assert settings(nlp, text, "Javed Lashari") == {"custodial"}


def test_one_admitting_what_they_did_is_no_confession_of_his(nlp: Language) -> None:
    # "they" under a singular admitter is others, not his own part
    text = _TWO + '"During interrogation, Soomro admitted that they had burnt the shop," '
    text += "the inspector said."
    assert "Rafiq Soomro" not in accused_of("confession", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        _ONE + '"In interview, Mr Soomro made full admissions," the prosecutor said.',
        _ONE + "Mr Soomro made full admissions in interview, the prosecutor said.",
    ],
)
def test_admissions_in_interview_are_custodial(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Rafiq Soomro") == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        # an interview with the press has its article
        _ONE + "In an interview with the Herald, Mr Soomro made full admissions.",
        # a phrase fronted on a verb above the giving is not where it was given
        _ONE + "At the hearing, the prosecutor said Mr Soomro had made a statement.",
    ],
)
def test_interview_with_the_press_or_another_verbs_phrase_is_not_custody(
    nlp: Language, text: str
) -> None:
    assert "custodial" not in settings(nlp, text, "Rafiq Soomro")


_LISTED = (
    "Police arrested a welder and a contractor on Friday. Rafiq Soomro, 31, the welder, and "
    "Javed Lashari, 44, owner of Lashari Works, were booked for causing death by negligence. "
)


def test_description_apposed_to_a_lists_first_name_is_his(nlp: Language) -> None:
    text = _LISTED + '"During questioning, the welder admitted that he removed the safety '
    text += 'bolts," Inspector Amina Bello said.'
    assert settings(nlp, text, "Rafiq Soomro") == {"custodial"}
    assert "Javed Lashari" not in accused_of("confession", nlp, text)


def test_description_of_the_list_item_after_is_not_the_first_names(nlp: Language) -> None:
    # "the owner" is the second item's (an "of" phrase), never the first's
    text = _LISTED + '"During questioning, the owner admitted that he removed the safety '
    text += 'bolts," Inspector Amina Bello said.'
    assert "Rafiq Soomro" not in accused_of("confession", nlp, text)
