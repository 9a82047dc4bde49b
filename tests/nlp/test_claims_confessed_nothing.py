"""A confession disowned whole, told nowhere else: "his client had never confessed to anything
during interrogation", "she had never admitted anything to the police", "he had been beaten at
the police station and had confessed to nothing" - the accused's side says no confession was
made at all, which it says only of one the police say he made: the confession (custodial, or
where its own phrase says) and its retraction (conf98: ``claims.confessed_nothing``,
``CoercedStatements._confession_denied_whole``). Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, confession_settings

_CHARGED = (
    "Police arrested Arjun Mehta, a shop clerk, over the killing of a jeweller in March. "
    "Mehta was charged with murder. "
)


def test_counsel_says_his_client_never_confessed_to_anything(nlp: Language) -> None:
    text = _CHARGED + (
        "His counsel told the court that his client had never confessed to anything during "
        "interrogation."
    )
    assert accused_of("retraction", nlp, text) == {"Arjun Mehta"}
    assert confession_settings(nlp, text, "Arjun Mehta") == {"custodial"}


def test_he_confessed_to_nothing_after_a_beating(nlp: Language) -> None:
    # "nothing" with no "not"; the court he tells it to is where he disowns it, not where
    # the confession was made
    text = _CHARGED + (
        "Mehta told the court he had been beaten at the police station and had confessed to "
        "nothing."
    )
    assert accused_of("retraction", nlp, text) == {"Arjun Mehta"}
    assert confession_settings(nlp, text, "Arjun Mehta") == {"custodial"}


def test_never_admitted_anything_to_the_police(nlp: Language) -> None:
    text = _CHARGED + "His lawyer said Mehta had never admitted anything to the police."
    assert accused_of("retraction", nlp, text) == {"Arjun Mehta"}
    assert confession_settings(nlp, text, "Arjun Mehta") == {"custodial"}


def test_a_named_defence_lawyer_speaks_for_his_client(nlp: Language) -> None:
    # the lawyer's "his client", named for no one in the sentence, is the accused followed
    text = _CHARGED + (
        "Arguing the bail plea, defence counsel Ravi Kumar said his client had never confessed "
        "to anything during interrogation."
    )
    assert accused_of("retraction", nlp, text) == {"Arjun Mehta"}
    assert confession_settings(nlp, text, "Arjun Mehta") == {"custodial"}


def test_a_defence_lawyer_names_the_accused(nlp: Language) -> None:
    text = _CHARGED + (
        "His counsel, Ravi Kumar, told the court that Mehta had never admitted anything to the "
        "police."
    )
    assert accused_of("retraction", nlp, text) == {"Arjun Mehta"}


def test_his_wife_says_he_never_confessed_to_anything(nlp: Language) -> None:
    text = _CHARGED + "Mehta's wife said he had never confessed to anything."
    assert accused_of("retraction", nlp, text) == {"Arjun Mehta"}


def test_confessed_to_nothing_is_no_confession_of_itself(nlp: Language) -> None:
    # the plain reader took "he had confessed to nothing" for a confession of unknown setting
    text = _CHARGED + (
        "Mehta, in his statement under Section 342, said he had confessed to nothing."
    )
    assert confession_settings(nlp, text, "Arjun Mehta") == {"custodial"}


@pytest.mark.parametrize(
    "sentence",
    [
        # a witness or a victim's kin speaks of himself
        "The eyewitness, Ravi Kumar, told the court he had never confessed to anything.",
        "The victim's brother, Ravi Kumar, said he had never admitted anything to the police.",
        # the police and the prosecution speak for no accused: "never confessed to anything
        # under pressure" says it was free
        "Inspector Ravi Kumar told the court that Mehta had never confessed to anything under "
        "pressure.",
        "The prosecutor said Mehta had never confessed to anything.",
        # a deed denied, with no confession word: the denial readers' (no confession)
        "His lawyer said Mehta had never confessed to the killing.",
        "His lawyer said Mehta had never admitted taking the money.",
        "His lawyer said Mehta had done nothing wrong.",
    ],
)
def test_no_confession_told(nlp: Language, sentence: str) -> None:
    text = _CHARGED + sentence
    assert accused_of("retraction", nlp, text) == set()
    assert accused_of("confession", nlp, text) == set()


def test_a_witness_is_not_made_accused(nlp: Language) -> None:
    text = _CHARGED + (
        "The shopkeeper, Ravi Kumar, a prosecution witness, told the court that he had never "
        "admitted anything to the police."
    )
    assert "Ravi Kumar" not in accused_of("retraction", nlp, text)
    assert "Ravi Kumar" not in accused_of("confession", nlp, text)


def test_quoted_i_never_admitted_anything(nlp: Language) -> None:
    text = _CHARGED + '"I never admitted anything to the police," Mehta told the court.'
    assert accused_of("retraction", nlp, text) == {"Arjun Mehta"}


def test_a_quotation_sentence_before_the_verb(nlp: Language) -> None:
    # the quotation's first sentence is said by the verb's speaker too
    text = _CHARGED + '"He did not confess anything. They beat him," his brother said.'
    assert accused_of("retraction", nlp, text) == {"Arjun Mehta"}


@pytest.mark.xfail(
    strict=True,
    reason="a confession said to be an invention with no word "
    "of making ('the police story of a confession was an invention') is not "
    "read (conf98, not built)",
)
def test_the_police_story_of_a_confession(nlp: Language) -> None:
    text = _CHARGED + "His counsel said the police story of a confession was an invention."
    assert accused_of("retraction", nlp, text) == {"Arjun Mehta"}


@pytest.mark.xfail(
    strict=True,
    reason="a confession the police recorded, said 'taken from "
    "him under beating', is read by no coercion reader (conf98, not built)",
)
def test_taken_from_him_under_beating(nlp: Language) -> None:
    text = _CHARGED + (
        "Mehta told the court that the confession recorded by the police had been taken from "
        "him under beating."
    )
    assert accused_of("retraction", nlp, text) == {"Arjun Mehta"}
