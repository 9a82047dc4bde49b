"""An interview the report marks as the police's record - "his police interview", "his garda
interviews", "his interview with detectives", "the recorded interview" - is the accused's
statement to those who hold him, as a caution interview is: what his side challenges,
contests, attacks or says was conducted without a lawyer is taken back
(``nlp/claims/police_interviews.py``, asked by ``claims.challenged``, ``claims.coerced``,
``claims.exclusion_sought``, ``claims.tried_within`` and ``claims.taken_back_settings``), on
invented sentences in the styles of Irish, Caribbean, Pacific, British and Southern African
court reports. An interview given to a newspaper is none of these."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.police_interviews import police_interview
from tests.nlp.test_claims import accused_of

_ARREST = "Police arrested Dwayne Carty, a forklift driver, over the warehouse break-in. "
_NAME = "Dwayne Carty"

TAKEN_BACK = [
    # Irish: a solicitor's contest of the admissibility of the garda interviews
    _ARREST + "His solicitor told the court his client would contest the admissibility of his "
    "garda interviews.",
    # Caribbean: an attorney's attack on the recorded interview
    _ARREST + "His attorney attacked the recorded interview in which the Crown says his "
    "client admitted opening the door.",
    # British: conducted without a solicitor, the interview held "with police"
    _ARREST + "His lawyer told the court that his interview with police had been conducted at "
    "the end of a fourteen-hour shift without a solicitor.",
    # Pacific: a police interview conducted without a lawyer
    _ARREST + "His lawyer told the court that his police interview had been conducted without "
    "a lawyer.",
    # Southern African: the admissibility of his police interview challenged
    _ARREST + "His advocate said the defence would challenge the admissibility of his police "
    "interview.",
]

NOT_TAKEN_BACK = [
    # an interview given to a newspaper: no statement to those who hold him
    _ARREST + "His lawyer told the court that his interview with the Gazette had been "
    "conducted without a lawyer.",
    # not contested: the interview stands
    _ARREST + "His solicitor did not contest the admissibility of his garda interviews.",
    # the prosecution attacks nothing of his: no side of his speaks
    _ARREST + "The prosecutor said his police interview had been conducted lawfully.",
]


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_a_police_interview_his_side_fights_is_taken_back(nlp: Language, text: str) -> None:
    assert _NAME in accused_of("retraction", nlp, text)


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_the_interview_taken_back_is_told_as_his_confession(nlp: Language, text: str) -> None:
    assert _NAME in accused_of("confession", nlp, text)


@pytest.mark.parametrize("text", NOT_TAKEN_BACK)
def test_no_retraction_of_a_press_interview_or_one_left_standing(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


@pytest.mark.xfail(
    strict=True,
    reason="an interview told only by an 'in which' relative of his admitting, whose "
    "predicate the parser hangs inside that relative ('the interview in which he was said to "
    "have admitted the break-in was signed at two in the morning'): not built",
)
def test_an_interview_told_by_its_in_which_relative(nlp: Language) -> None:
    text = (
        _ARREST + "His lawyer said the interview in which he was said to have admitted the "
        "break-in was signed at two in the morning."
    )
    assert _NAME in accused_of("retraction", nlp, text)


def _interview(nlp: Language, text: str) -> bool:
    doc = nlp(text)
    noun = next(t for t in doc if t.lemma_ == "interview")
    return police_interview(noun, legal())


def test_the_marks_of_a_police_interview(nlp: Language) -> None:
    assert _interview(nlp, "His police interview was played to the jury.")
    assert _interview(nlp, "His garda interviews were played to the jury.")
    assert _interview(nlp, "His interview with detectives was played to the jury.")
    assert _interview(nlp, "The recorded interview was played to the jury.")


def test_an_interview_with_anyone_else_is_no_police_record(nlp: Language) -> None:
    assert not _interview(nlp, "His interview with the Gazette was printed on Sunday.")
    assert not _interview(nlp, "His recorded interview with the Gazette was printed on Sunday.")
    assert not _interview(nlp, "The interview was printed on Sunday.")
