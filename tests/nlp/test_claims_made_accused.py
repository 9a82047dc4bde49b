"""Whom "X has been made an accused" and "X, ..., is the prime accused" accuse
(``nlp/claims/made_accused.py``), on invented sentences in the styles of Indian,
Bangladeshi and Nepali police and court reporting.

A passive of making with an accused noun ("has been made an accused", "was made the prime
accused", which the parser reads as a clause of its own) names its subject accused; so does
a copula joined to a clause that holds the subject ("X, believed to be hiding in India, is
the prime accused"). Near misses: the verb negated or only possible, an active verb of
making ("police made the accused sign"), a conjunct with a subject of its own, and the
victim or the officer the sentence names beside the accused."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.grammar import subject_holder
from tests.nlp.test_claims import accused_of, claims_of, roles

# the subjects a conjunct copula looks for ("X, believed to be hiding, is the prime accused")
_SUBJECTS = ACTIVE_SUBJECTS | PASSIVE_SUBJECTS


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an Indian district report: the FIR amended to add a name
        ("Pawan Kumar Mishra alias Guddu has been made an accused in the case and a "
         "lookout notice has been issued.", "Pawan Kumar Mishra"),
        # a Bangladeshi case report: the prime accused of a murder case
        ("Shariful Islam Khokon was made the prime accused in the case filed with Sadar "
         "Model Police Station.", "Shariful Islam Khokon"),
        # a Bangladeshi Detective Branch report: the associate of a nabbed duo
        ("The Detective Branch said the duo had been nabbed from Jatrabari, and their "
         "associate Jamal Uddin was made an accused.", "Jamal Uddin"),
        # reported speech: the police said so
        ("The investigating officer said Tek Bahadur Gurung had been made an accused after "
         "the call records were examined.", "Tek Bahadur Gurung"),
        # a conjunct with no subject of its own: the first clause's subject
        ("Nazmul Huda was not in the village that night and had been made the prime accused "
         "over a land dispute, his brother said.", "Nazmul Huda"),
        # a participle clause the parser takes for the main verb: "is" a conjunct of it
        ("Harun Mollah, believed to be hiding in India, is the prime accused.",
         "Harun Mollah"),
        ("Rajesh Kumar Singh, believed to be in Delhi, is the main accused in the case.",
         "Rajesh Kumar Singh"),
    ],
)  # fmt: skip
def test_made_an_accused_names_the_accused(nlp: Language, text: str, name: str) -> None:
    assert name in accused_of("accusation", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # negated, or only possible
        "Pawan Kumar Mishra has not been made an accused in the case.",
        "Shariful Islam Khokon would otherwise have been made an accused, police said.",
        "Four of the committee members had not been made accused.",
        # an active verb of making: the accused is made to do something, no one is named
        "The court made Pawan Kumar Mishra sign the bond before his release.",
        # a conjunct with a subject of its own: the second subject is the accused
        "Rekha Devi was questioned and her neighbour is the prime accused.",
    ],
)
def test_no_one_made_an_accused(nlp: Language, text: str) -> None:
    found = accused_of("accusation", nlp, text)
    assert not found & {"Pawan Kumar Mishra", "Shariful Islam Khokon", "Rekha Devi"}


def test_the_victim_and_officer_beside_the_made_accused_are_not_accused(
    nlp: Language,
) -> None:
    text = (
        "Sub-Inspector Ramesh Chaudhary said Bikash Shrestha, who stabbed Suman Lama at a "
        "tea shop, had been made an accused."
    )
    found = roles(claims_of(nlp, text))
    assert "accused" in found.get("Bikash Shrestha", set())
    assert "accused" not in found.get("Suman Lama", set())
    assert "accused" not in found.get("Ramesh Chaudhary", set())


def test_a_conjunct_keeps_its_own_subject(nlp: Language) -> None:
    doc = nlp("Rekha Devi was questioned and her neighbour is the prime accused.")
    be = next(t for t in doc if t.lower_ == "is")
    assert subject_holder(be, _SUBJECTS).i == be.i
    doc = nlp("Harun Mollah, believed to be hiding in India, is the prime accused.")
    be = next(t for t in doc if t.lower_ == "is")
    assert subject_holder(be, _SUBJECTS).lower_ == "believed"


@pytest.mark.xfail(
    strict=True,
    reason="a name in apposition to a noun the parser reads as a verb ('A local union "
    "parishad member, X, was made ...': 'parishad' the root) is not the subject found",
)
def test_made_accused_after_a_misparsed_apposition(nlp: Language) -> None:
    text = "A local union parishad member, Abdul Hai Sikder, was made the prime accused."
    assert "Abdul Hai Sikder" in accused_of("accusation", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="the subject the parser hangs on a source as its apposition ('According to the "
    "District Police Office, Kailali, contractor X has been made ...') is read as the "
    "source's, not the passive's subject",
)
def test_made_accused_after_a_source_with_a_place(nlp: Language) -> None:
    text = (
        "According to the District Police Office, Kailali, contractor Bhim Bahadur Bista has "
        "also been made an accused in the case."
    )
    assert "Bhim Bahadur Bista" in accused_of("accusation", nlp, text)
