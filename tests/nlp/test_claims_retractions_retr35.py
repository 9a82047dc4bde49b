"""Retractions told by constructions read since retr35, on invented sentences: a second
reported clause the parser hangs on the verb of saying ("told the court that ..., and that he
had signed what was written"), a content clause parsed as a relative of the verb's phrase
("who had told the court at the start of the trial that he gave the statement after being
beaten"), a challenge to "the admissibility of" a statement or a caution interview, a claim
of harm rejected beside the confession it stands against, "turned against his statement", and
a statement given for a promise ("signed it to go home", "purchased with a promise") - each
with its guards: the same grammar telling no taking back."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.cautioned import under_caution
from corroborate.nlp.claims.recorded_words import recorded_words
from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    "text",
    [
        # the second "that" clause hung on "told" as its conjunct
        "Anil Verma confessed before a magistrate in May. In his examination under Section "
        "313, he told the court that police had hung him from a ceiling fan for a night, and "
        "that he had signed what was written.",
        "Anil Verma confessed before a magistrate in May. He told the court that he had been "
        "unwell, and that he had signed the statement after officers beat him.",
    ],
)
def test_a_second_reported_clause_takes_the_confession_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Anil Verma"}


@pytest.mark.parametrize(
    "text",
    [
        # the second clause tells nothing coerced
        "Anil Verma confessed before a magistrate in May. He told the court that the magistrate "
        "was kind, and that he had signed the statement freely.",
        # an officer says the accused signed it: no one's taking back
        "Anil Verma confessed before a magistrate in May. The investigating officer told the "
        "court that Verma was calm, and that Verma had signed what was written.",
    ],
)
def test_a_second_clause_of_no_coercion_takes_nothing_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


def test_a_relative_who_told_the_court_takes_his_confession_back(nlp: Language) -> None:
    text = (
        "Farid Khan was arrested and confessed to police. Khan, who had told the court at the "
        "start of the trial that he gave the statement after being beaten during remand, "
        'shouted "I did not do it" as he was led away.'
    )
    assert accused_of("retraction", nlp, text) == {"Farid Khan"}


@pytest.mark.parametrize(
    "text",
    [
        # a true relative on the trial: its "that" is the object it lacks
        "Farid Khan was arrested and confessed to police. Khan, who had told the court at the "
        "start of the trial that he attended, wept.",
        # an officer tells of the statement given freely
        "Farid Khan was arrested and confessed to police. The inspector, who told the court at "
        "the hearing that Khan gave the statement freely, was cross-examined.",
    ],
)
def test_a_relative_telling_no_coercion_takes_nothing_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Sione Tala confessed to police. Tala's counsel told the court that his client would "
        "challenge the admissibility of his caution interview at a voir dire.",
        "Police said Sione Tala had been charged with murder. Tala's counsel told the court "
        "that his client would challenge the admissibility of his caution interview at a voir "
        "dire, alleging that he was slapped by an officer.",
    ],
)
def test_the_admissibility_of_his_statement_challenged(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Sione Tala"}
    assert accused_of("confession", nlp, text) == {"Sione Tala"}


@pytest.mark.parametrize(
    "text",
    [
        # caution money is a deposit, no record of questioning
        "Sione Tala was charged with theft. His lawyer said he would challenge the forfeiture "
        "of his caution money.",
        # a witness's statement, challenged
        "Sione Tala was charged with theft. His lawyer said he would challenge the "
        "admissibility of the statement of the witness Mere Vula.",
    ],
)
def test_no_statement_of_his_challenged_takes_nothing_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The judge admitted Sione Tala's caution interview after a voir dire, rejecting his "
        "claim that he had been slapped and denied a lawyer, and found him guilty of murder.",
        "Ravi Kumar confessed to police. The judge relied on Kumar's confession, rejecting his "
        "claim that he had been beaten by constables.",
    ],
)
def test_a_claim_of_harm_against_his_confession_takes_it_back(nlp: Language, text: str) -> None:
    assert len(accused_of("retraction", nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # harm with no confession beside it: a defence, not a confession taken back
        "Sione Tala was found guilty of murder. The judge rejected his claim that he had been "
        "slapped by the dead man's son before the fight.",
        # harm denied
        "Ravi Kumar confessed to police. The judge relied on Kumar's confession, rejecting his "
        "claim that he had not been beaten.",
    ],
)
def test_a_claim_of_harm_alone_takes_nothing_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


def test_turned_against_his_statement(nlp: Language) -> None:
    text = (
        "Okello Mugisha was convicted of murder. Mugisha, too, turned against his statement to "
        "police, telling the court that he had agreed out of fear."
    )
    assert len(accused_of("retraction", nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Okello Mugisha was convicted of murder. Mugisha turned against his brother during the "
        "trial.",
        "Okello Mugisha was convicted of murder. Mugisha's neighbours turned against him after "
        "the killing.",
    ],
)
def test_turning_against_a_person_takes_nothing_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        'Mark Borg confessed to police in a statement. Borg told jurors he had signed it "because '
        'I wanted to go home", and that he never took any money.',
        "Kelechi Obi confessed at a police parade. His lawyer told the court that the statement "
        "Obi made at the parade was purchased with a promise of bail.",
    ],
)
def test_a_statement_given_for_a_promise_is_taken_back(nlp: Language, text: str) -> None:
    assert len(accused_of("retraction", nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Mark Borg confessed to police in a statement. Borg told jurors he had signed it because "
        "he wanted to tell the truth.",
        "Kelechi Obi confessed at a police parade. His lawyer told the court that Obi went home "
        "after the parade.",
    ],
)
def test_a_statement_given_for_no_promise_stands(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


def test_under_caution(nlp: Language) -> None:
    lex = legal()
    doc = nlp("His caution interview and his caution money were both mentioned.")
    interview, money = doc[2], doc[6]
    assert (interview.text, money.text) == ("interview", "money")
    assert under_caution(interview, lex)
    assert not under_caution(money, lex)


def test_a_record_he_speaks_in_said_coerced_is_taken_back(nlp: Language) -> None:
    text = (
        "Police said Tariq Bajwa and Asif Cheema had been charged with murder. Tariq Bajwa told "
        'the court that the video in which he speaks of the plan "was made with a gun at my '
        'head" and that he arrived after the shooting.'
    )
    assert accused_of("retraction", nlp, text) == {"Tariq Bajwa"}


@pytest.mark.parametrize(
    "text",
    [
        # a record no one speaks in: footage of the deed
        "Police said Tariq Bajwa and Asif Cheema had been charged with murder. Tariq Bajwa told "
        "the court that the video in which the shooting is seen was made with a gun at his head.",
        # he speaks in it, nothing coerced
        "Police said Tariq Bajwa and Asif Cheema had been charged with murder. Tariq Bajwa told "
        "the court that the video in which he speaks of the plan was made in a police van.",
    ],
)
def test_a_record_not_his_or_not_coerced_stands(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


def test_recorded_words(nlp: Language) -> None:
    speaking = frozenset({"speak", "say"})
    doc = nlp("The video in which he speaks of the plan and the video in which a car is seen.")
    first, second = doc[1], doc[11]
    assert (first.text, second.text) == ("video", "video")
    assert recorded_words(first, speaking)
    assert not recorded_words(second, speaking)


@pytest.mark.parametrize(
    "text",
    [
        "Police said Ali Raza had been charged with the killing. Raza's counsel told the court no "
        'such admission exists "except in the case diary".',
        "Police said Ali Raza had confessed to the killing. His lawyer said there was no such "
        "confession.",
        "Police said Ali Raza had confessed to the killing. His lawyer said that no such statement "
        "was ever made.",
    ],
)
def test_no_such_statement_takes_it_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Ali Raza"}


@pytest.mark.parametrize(
    "text",
    [
        # the prosecution says it: no taking back of his
        "Police said Ali Raza had confessed to the killing. The prosecutor said no such admission "
        "exists.",
        # a bare "no": no statement the report told
        "Police said Ali Raza had been charged with the killing. His lawyer said no statement was "
        "recorded from the witness.",
        # no such witness: no statement at all
        "Police said Ali Raza had been charged with the killing. His lawyer said no such witness "
        "exists.",
    ],
)
def test_no_such_of_another_side_or_thing_takes_nothing_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


def test_it_made_after_he_was_suffocated(nlp: Language) -> None:
    text = (
        "Sipho Dube was arrested and confessed to detectives. Dube's pointing-out of the weapon "
        "was admitted after a trial-within-a-trial, although he told the court it was made after "
        "he was suffocated with a wet towel."
    )
    assert accused_of("retraction", nlp, text) == {"Sipho Dube"}


def test_it_of_no_statement_takes_nothing_back(nlp: Language) -> None:
    text = (
        "Sipho Dube was arrested and confessed to detectives. He told the court it was raining "
        "when he was arrested."
    )
    assert accused_of("retraction", nlp, text) == set()
