"""conf68's confessions the police say an accused made, told in a bare relative clause on the
statement's noun (``said_made.police_said_giving``, ``PoliceSayMade``): a custodian written
with its own article ("the statement the police said he made during interrogation was not
admissible"; before, only "the statement police said he made" was read), and a maker told
as "his client" ("his lawyer disputed the admission police said his client made after his
arrest"), the client of the one lawyer the sentence names. Near misses: a statement the
police say a witness or the victim made, a confession of a third person, a statement they
say he never made, one a prosecutor or a judge (no custodian) says he made, and an accused
who refused to confess or denied confessing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims_confessions_conf35 import settings

_ONE = "Tomasz Kowalczyk, 38, a van driver, was charged with the murder of a night porter. "
_NAME = "Tomasz Kowalczyk"


@pytest.mark.parametrize(
    "text",
    [
        _ONE + "The judge noted that the statement the police said he made during "
        "interrogation was not admissible against him.",
        _ONE + "His counsel argued that the confession the detectives say he gave in the "
        "cells was never read back to him.",
        # read before too (the parser makes the clause a relative one)
        _ONE + "The defence will ask the court to exclude the admission the police claimed "
        "Kowalczyk made after his arrest.",
        _ONE + "The court noted that his lawyer had disputed the admission police said his "
        "client made after his arrest.",
        _ONE + "His solicitor told the jury that the statement the detectives said he made at "
        "the police station was written for him.",
    ],
)
def test_statement_the_police_say_he_made_is_his_custodial_confession(
    nlp: Language, text: str
) -> None:
    assert settings(nlp, text, _NAME) == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        # a witness's or the victim's statement is no confession of the accused
        _ONE + "The judge noted that the statement the police said the witness made during "
        "the inquiry was not admissible.",
        _ONE + "The court heard that the statement the police said the porter's widow made "
        "at the hospital had been lost.",
        # a third person's confession is not his
        _ONE + "The judge noted that the confession the police said the cook made during "
        "interrogation had been withdrawn.",
        # never made: the police say nothing of him making it
        _ONE + "The judge noted that the confession the police say he did not make was "
        "not before the court.",
        # no custodian says so
        _ONE + "The judge noted that the statement the prosecutor said he made was not "
        "before the court.",
        # refusing or denying a confession is none
        _ONE + "Kowalczyk refused to confess, the police said.",
        _ONE + "Kowalczyk denied confessing to anyone.",
    ],
)
def test_no_confession_of_the_accused(nlp: Language, text: str) -> None:
    assert settings(nlp, text, _NAME) == set()
