"""An accused's account told to those who hold him (``nlp.claims.told_custodians``): "X, who
told investigators after his arrest that he had been paid to keep watch" is X's custodial
confession, even where the deed told names no crime or is another's; a denial, a negated
telling, or a witness's account to the police is none. Sentences and names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police arrested Imran Qadir on Monday. Qadir, who told investigators after his "
            "arrest that he had been paid to keep watch outside the bank, was remanded.",
            "Imran Qadir",
        ),
        (
            "The court convicted Rohan Bhatt of fraud. Bhatt had told the police that he was "
            "paid to sign the forms.",
            "Rohan Bhatt",
        ),
        (
            "Police arrested Kamal Thapa and Suraj Gurung. Gurung told investigators that the "
            "clerk had supplied the stamps and arranged that the file did not reach the desk.",
            "Suraj Gurung",
        ),
    ],
)
def test_an_accused_tells_the_police_his_account(nlp: Language, text: str, name: str) -> None:
    assert settings_of(analysis_of(nlp, text), "confession", name) == {"custodial"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police arrested Kamal Thapa. Thapa told the police that he was at home that night.",
            "Kamal Thapa",
        ),  # fmt: skip
        (
            "Police arrested Kamal Thapa. Thapa told the police that he had not seen the boy.",
            "Kamal Thapa",
        ),  # fmt: skip
        (
            "Police arrested Kamal Thapa. Thapa never told the police that he had hit the boy.",
            "Kamal Thapa",
        ),  # fmt: skip
        (
            "Police arrested Kamal Thapa. Sunita Rai told the police that she saw two men run.",
            "Sunita Rai",
        ),  # fmt: skip
        (
            "Police arrested Kamal Thapa. Thapa told reporters that he was paid to sign the forms.",
            "Kamal Thapa",
        ),  # fmt: skip
    ],
)
def test_no_confession_of_a_denial_a_witness_or_another_audience(
    nlp: Language, text: str, name: str
) -> None:
    assert not settings_of(analysis_of(nlp, text), "confession", name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tomas Reyes was arrested on Monday. He told detectives during a taped interview "
            "that he stabbed the guard.",
            "Tomas Reyes",
        ),
        (
            "Dale Ostrowski was charged with murder. According to a court document, he told "
            "investigators in a recorded interview that he fired at the warden.",
            "Dale Ostrowski",
        ),
    ],
)
def test_content_clause_hung_on_the_interview(nlp: Language, text: str, name: str) -> None:
    # the parser hangs "that he stabbed the guard" on "interview" as its relative clause
    assert settings_of(analysis_of(nlp, text), "confession", name) == {"custodial"}


def test_alibi_told_in_an_interview_is_no_confession(nlp: Language) -> None:
    text = (
        "Ines Varga was charged with arson. Varga told officers in an interview that she was "
        "at home that night."
    )
    assert not settings_of(analysis_of(nlp, text), "confession", "Ines Varga")
