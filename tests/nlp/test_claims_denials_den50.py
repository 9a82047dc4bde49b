"""The grammar den50 added to the denial reader: a verb of denying whose clause is the
accused's own (``Answering._own_deed_denied``) answers the accusation whoever's subject the
clause has - none of its own ("denied ever meeting the inspector") or a thing of the
denier's ("denied that the dairy had ever used chemicals") - when the denier is the accused
told by name, pronoun or a description the report ties to them. Invented sentences and
names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = "Police charged Orrin Talbeck, the owner of the dairy, with adulteration. "


def test_the_owner_denies_ever_meeting_the_inspector(nlp: Language) -> None:
    text = _CHARGED + "The owner denied ever meeting the food inspector."
    assert accused_of("denial", nlp, text) == {"Orrin Talbeck"}


def test_the_owner_denies_that_the_dairy_used_chemicals(nlp: Language) -> None:
    text = _CHARGED + "In his statement, the owner denied that the dairy had ever used chemicals."
    assert accused_of("denial", nlp, text) == {"Orrin Talbeck"}


def test_the_owner_denies_that_his_staff_mixed_anything(nlp: Language) -> None:
    text = _CHARGED + "The owner denied that his staff had mixed anything into the milk."
    assert accused_of("denial", nlp, text) == {"Orrin Talbeck"}


def test_a_body_the_report_never_tied_to_the_accused_denies_for_no_one(nlp: Language) -> None:
    # guard: "the company" is no description of the accused the report gave
    text = (
        "Police charged Orrin Talbeck with adulteration. The company denied that it planned "
        "a takeover of the dairy."
    )
    assert accused_of("denial", nlp, text) == set()


def test_the_owner_denying_another_person_s_deed_answers_for_no_one_here(
    nlp: Language,
) -> None:
    # guard: his brother's deed denied is said for the brother, not the owner's own answer
    text = _CHARGED + "The owner denied that his brother had mixed anything into the milk."
    assert accused_of("denial", nlp, text) == set()


def test_the_inspector_denying_a_meeting_is_no_accused_s_answer(nlp: Language) -> None:
    # guard: a witness the report accuses of nothing
    text = _CHARGED + "The inspector denied ever meeting the owner."
    assert accused_of("denial", nlp, text) == set()


def test_an_officer_denying_that_anyone_was_detained_answers_for_no_one(nlp: Language) -> None:
    # guard: a step of the proceeding done to a person ("was detained") is no deed of the
    # denier's, though its subject is a noun no list calls a person; the officer shares the
    # accused's surname, so the "he" could otherwise reach the accused
    text = (
        "Rangers arrested Javed Qureshi, a suspect in the shooting. Major Imran Qureshi said "
        "target killers were arrested in the raid. However, he denied any councillor was "
        "detained."
    )
    assert accused_of("denial", nlp, text) == set()
