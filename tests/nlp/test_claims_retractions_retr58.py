"""Retractions told by constructions read since retr58, on invented sentences: an interview
someone owns, taken back by a relative clause of a verb that takes back only one's own words
("his police interview, which he had later disowned"), and one owned by a description the
report introduced as the taker ("The driver, X, ... the driver's police interview, which X had
disowned"); a withdrawn "it" that stands for a confession the sentence before names as
someone's ("... on Khan's confession before a magistrate. In his statement ..., he had withdrawn
it"): the confession's owner takes it back, not the one the report's last "he" spoke of - each
with its guards: an interview no one owns, one owned by another accused's description, a
relative that does not take it back, a thing of no confession withdrawn."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_DRIVER = "The driver, Nimal Perera, was charged with the theft. "


@pytest.mark.parametrize(
    "text",
    [
        _DRIVER + "The judge said the only evidence was the driver's police interview, which "
        "Perera had disowned.",
        _DRIVER + "The judge said the only evidence was his police interview, which he had "
        "later disowned.",
    ],
)
def test_interview_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Nimal Perera"}


@pytest.mark.parametrize(
    "text",
    [
        # another accused's description owns the interview
        "The driver, Nimal Perera, and the guard, Sunil Silva, were charged with the theft. "
        "The judge said the only evidence was the guard's police interview, which Perera had "
        "disowned.",
        # the relative does not take it back
        _DRIVER + "The judge said the only evidence was the driver's police interview, which "
        "Perera had read.",
        # an interview no one owns: whose words it holds is not told
        _DRIVER + "The judge said the only evidence was the police interview, which Perera had "
        "disowned.",
    ],
)
def test_interview_not_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


_VERDICT = (
    "Judge Ali Raza convicted Gul Khan, alias Mistri, under Section 379 and fined him "
    "Rs500,000.\n\nThe truck driver, Imran Aziz, was acquitted. The judge held that the "
    "prosecution had not shown he knew what he was carrying, and that his admission to police "
    "could not be read against him at trial.\n\nThe verdict turned largely on Khan's "
    "confession before a magistrate. In his statement under Section 342 of the CrPC, recorded "
    "in December, he had withdrawn "
)


def test_it_withdrawn_is_the_confession_owners(nlp: Language) -> None:
    text = _VERDICT + 'it, telling the court he had signed "what the police wanted".'
    assert accused_of("retraction", nlp, text) == {"Gul Khan"}


def test_appeal_withdrawn_is_no_retraction(nlp: Language) -> None:
    assert accused_of("retraction", nlp, _VERDICT + "the appeal.") == set()
