"""A present-tense contact relative of attributing or saying that the parser reads as one noun
phrase ("the admission police attribute to him was never made", "the confession the police
claim he made was beaten out of him"): the statement noun is what the accused's side disputes
(``nlp/claims/relative_as_noun.py``, read by ``claims.coerced``), on invented sentences in
the styles of Urdu-press English, Indian legal news, Bangladeshi, Kenyan and Caribbean
reports."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.relative_as_noun import relative_as_noun
from corroborate.nlp.kinds import REPORTING_CUES
from tests.nlp.test_claims import accused_of

TAKEN_BACK = [
    # Pakistani: a counsel's "never made" of a noun-read "attribute"
    (
        "Police arrested the cashier, Waseem Akram, in March over the missing cheques. "
        "His counsel said the admission police attribute to him was never made.",
        "Waseem Akram",
    ),
    # Indian: the saying's pronoun gives it; the predicate tells it was coerced
    (
        "The Crime Branch arrested Ketan Solanki in July over the forged stamp papers. "
        "His advocate argued that the admission the police claim he made in custody was "
        "beaten out of him.",
        "Ketan Solanki",
    ),
    # Bangladeshi: how it came to be - taken at night
    (
        "Detectives arrested Rafiqul Islam, a bus helper, after the fire in Savar. "
        "His lawyer told the court that the statement police attribute to him was taken at "
        "two in the morning.",
        "Rafiqul Islam",
    ),
    # Kenyan: "never given", a giving verb of the saying's clause
    (
        "Police in Nakuru arrested Peter Kiprono over the theft of a county grader. "
        "His lawyer said the statement the police claim he gave was never given.",
        "Peter Kiprono",
    ),
]

NOT_TAKEN_BACK = [
    # the prosecution speaks: no side of the accused disputes it
    "Police arrested the cashier, Waseem Akram, in March over the missing cheques. "
    "The prosecutor said the confession police attribute to him was recorded lawfully.",
    # said by his family, not by those who hold him: no relative of the custodians
    "Police arrested the cashier, Waseem Akram, in March over the missing cheques. "
    "His counsel said the confession the family claim he made was never made.",
    # hung on a witness, not on him or the client
    "Police arrested the cashier, Waseem Akram, in March over the missing cheques. "
    "His brother said the statement police attribute to the witness was never made.",
]


@pytest.mark.parametrize(("text", "name"), TAKEN_BACK)
def test_a_noun_read_relative_disputed_is_taken_back(nlp: Language, text: str, name: str) -> None:
    assert name in accused_of("retraction", nlp, text)


@pytest.mark.parametrize("text", NOT_TAKEN_BACK)
def test_no_retraction_without_his_side_and_his_tie(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


def _read(nlp: Language, text: str, verb: str) -> object:
    doc = nlp(text)
    subject = next(t for t in doc if t.lemma_ == verb and t.dep_ == "nsubjpass")
    return relative_as_noun(subject, legal(), REPORTING_CUES)


def test_the_statement_noun_is_found_under_the_noun_read_verb(nlp: Language) -> None:
    text = "His counsel said the admission police attribute to him was never made."
    assert getattr(_read(nlp, text, "attribute"), "lower_", None) == "admission"
    text = (
        "His lawyer argued that the admission the police claim he made in custody "
        "was beaten out of him."
    )
    assert getattr(_read(nlp, text, "claim"), "lower_", None) == "admission"


def test_a_relative_with_no_custodian_is_not_read(nlp: Language) -> None:
    text = "His counsel said the confession the family claim he made was never made."
    assert _read(nlp, text, "claim") is None
