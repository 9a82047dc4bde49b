"""Retractions told by constructions read since retr59, on invented sentences: a paper that
says the statement was coerced ("filed a petition saying the statement was not voluntary"),
said by its filer, whatever the paper asks for; a lawyer or relative that a "whose" clause
gives to the one it describes ("X, whose lawyer said the statement was extracted under
torture, ..."); and a description the parser split from its name into two subjects of the
verb of saying ("The second accused, X, who confessed ..., has since said ...") - each with
its guards: a paper that says no coercion or is the police's, a "whose" clause on a witness,
two subjects joined by "and"."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from corroborate.nlp.claims.spoken_for import SpokenFor
from tests.nlp.test_claims import accused_of

_CONFESSED = "Police arrested Tomas Herrera in March. Herrera confessed before a magistrate. "


@pytest.mark.parametrize(
    "text",
    [
        _CONFESSED + "He filed a petition saying the statement was extracted under torture.",
        _CONFESSED + "His lawyer filed a petition saying the statement was extracted under "
        "torture.",
        _CONFESSED + "He has since submitted an application to the court stating that the "
        "statement was not voluntary.",
    ],
)
def test_paper_that_says_the_statement_was_coerced(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Tomas Herrera"}


@pytest.mark.parametrize(
    "text",
    [
        # the paper asks for something and says no coercion
        _CONFESSED + "He filed a petition seeking bail.",
        _CONFESSED + "He filed a petition saying he had been in custody for a year.",
        # the police's paper says he confessed: no taking back
        "Police arrested Tomas Herrera in March. The inspector filed a petition saying "
        "Herrera had confessed.",
    ],
)
def test_paper_that_takes_nothing_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        _CONFESSED + "Herrera, whose lawyer said the statement was extracted under torture, "
        "was remanded in custody.",
        _CONFESSED + "Herrera, whose mother told reporters that the confession had been beaten "
        "out of him, was sent back to jail.",
    ],
)
def test_whose_lawyer_or_kin_speaks_for_the_one_described(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Tomas Herrera"}


def test_whose_clause_on_a_witness_takes_nothing_back(nlp: Language) -> None:
    text = (
        _CONFESSED + "The shopkeeper, whose lawyer said the statement was recorded at the "
        "market, gave evidence for the prosecution."
    )
    assert accused_of("retraction", nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "taker"),
    [
        (
            "Police arrested two men. The second suspect, Peter Obi, who confessed before a "
            "magistrate in May, told the court on Monday that the statement was extracted "
            "under torture.",
            "Peter Obi",
        ),
        (
            "Police arrested two men. The second accused, Delwar Hossain alias Kala Delwar, "
            "who confessed to the arson before a magistrate in May, has since filed a "
            "petition saying the statement was extracted under torture.",
            "Delwar Hossain",
        ),
    ],
)
def test_description_apposed_or_split_from_its_name(nlp: Language, text: str, taker: str) -> None:
    assert accused_of("retraction", nlp, text) == {taker}


def test_split_description_speaking_of_another(nlp: Language) -> None:
    text = (
        "Police arrested Peter Obi in May. Obi confessed before a magistrate. The "
        "investigating officer, Musa Bello, told the court on Monday that the statement was "
        "recorded in the presence of a magistrate."
    )
    assert accused_of("retraction", nlp, text) == set()


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_name_split_off_is_the_speaker() -> None:
    # "The driver, Ali Khan, said ...", parsed as two subjects of "said"
    doc = _parsed(
        ["The", "driver", ",", "Ali", "Khan", ",", "said", "it"],
        [1, 6, 1, 4, 6, 4, 6, 6],
        ["det", "nsubj", "punct", "compound", "nsubj", "punct", "ROOT", "dobj"],
        ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PRON"],
    )
    speaker = SpokenFor._speaker_of(doc[6])
    assert speaker is not None and speaker.i == 4


def test_two_subjects_joined_by_and_are_not_split() -> None:
    # "The driver and Ali Khan said ...": two speakers, the first stays the subject read
    doc = _parsed(
        ["The", "driver", "and", "Ali", "Khan", "said", "it"],
        [1, 5, 1, 4, 5, 5, 5],
        ["det", "nsubj", "cc", "compound", "nsubj", "ROOT", "dobj"],
        ["DET", "NOUN", "CCONJ", "PROPN", "PROPN", "VERB", "PRON"],
    )
    speaker = SpokenFor._speaker_of(doc[5])
    assert speaker is not None and speaker.i == 1
