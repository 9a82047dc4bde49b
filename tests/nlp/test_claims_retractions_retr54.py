"""Retractions told by constructions read since retr54, on invented sentences: a statement
the police's own relative clause tells as the disowner's ("disputed the statement police took
from him", "the admission the inspector said his client made"); "his client" in that relative
read as the lawyer's client, never the lawyer ("Advocate Z told the court the admission the
police had attributed to his client was never made"); a defence noun whose title the parser
read as a verb set beside the verb of saying ("His counsel, advocate Z, told the court ...",
a denial as well as a retraction); a paper filed to take a statement back ("her lawyer filed a
petition withdrawing it"); a claim of coercion against the statement its sentence weighs ("the
judge admitted the statement, despite X's claim that it had been beaten out of him") - each
with its guards."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = "Police charged Anwar Kabir with the arson. "
_CONFESSED = _CHARGED + "Kabir made a confessional statement before a magistrate in May. "


@pytest.mark.parametrize(
    "text",
    [
        # the police's relative names whom they took it from
        _CHARGED + "Kabir disputed the statement the detectives took from him at the station.",
        _CHARGED + "Kabir rejected the admission the police attributed to him.",
        # ... or who they say gave it, under a lawyer who speaks for him
        _CHARGED + "Kabir's lawyer contested the confession the police claimed his client "
        "made during interrogation.",
        # a paper filed to take it back: its filer's, a lawyer's for his client
        _CONFESSED + "Last week his lawyer filed a petition withdrawing it.",
        _CONFESSED + "On Monday Kabir filed an application retracting the statement.",
    ],
)
def test_statement_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Anwar Kabir"}


@pytest.mark.parametrize(
    "text",
    [
        # a statement the police took from another, or one of their own
        _CHARGED + "Kabir disputed the statement the detectives took from the watchman.",
        _CHARGED + "Kabir rejected the statement the police issued on Monday.",
        # a paper that takes back no statement, or asks for something else
        _CHARGED + "His lawyer filed a petition withdrawing the bail application.",
        _CHARGED + "His lawyer filed a petition seeking bail for his client.",
    ],
)
def test_nothing_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


@pytest.mark.parametrize(
    "lawyer",
    [
        "Advocate Salma Chowdhury",
        # the title the parser reads as a verb, the defence noun its subject
        "His counsel, advocate Salma Chowdhury,",
    ],
)
def test_the_client_in_the_statements_relative_is_no_lawyer(nlp: Language, lawyer: str) -> None:
    text = (
        _CHARGED + f"{lawyer} told the court that the admission the police had attributed to "
        "his client was typed by the investigators."
    )
    assert accused_of("retraction", nlp, text) == {"Anwar Kabir"}
    assert "Salma Chowdhury" not in accused_of("confession", nlp, text)


def test_a_lawyer_of_two_names_no_confessor(nlp: Language) -> None:
    # two accused and a lawyer the report never ties to either: whose "his client" is stays
    # a guess, but never the lawyer's own
    text = (
        "Police charged Anwar Kabir and Rafiq Hasan with the arson. Advocate Salma Chowdhury "
        "told the court that the admission the police had attributed to his client was never "
        "made."
    )
    assert "Salma Chowdhury" not in accused_of("confession", nlp, text)
    assert "Salma Chowdhury" not in accused_of("retraction", nlp, text)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        # the defence noun, the parser's subject of the title it read as a verb, speaks
        (
            _CHARGED + "Kabir's counsel, advocate Salma Chowdhury, told reporters that her "
            "client was innocent.",
            {"Anwar Kabir"},
        ),
        # the same shape for a side that speaks for no accused
        (
            _CHARGED + "The complainant's counsel, advocate Salma Chowdhury, told reporters "
            "that her client was innocent.",
            set(),
        ),
    ],
)
def test_counsel_whose_title_was_read_as_a_verb(nlp: Language, text: str, denied: set[str]) -> None:
    assert accused_of("denial", nlp, text) == denied


@pytest.mark.parametrize(
    ("text", "taken_back"),
    [
        # a claim of coercion against the statement its sentence weighs: no confessing word
        # in it, the statement weighed is the claimant's
        (
            _CHARGED + "The judge admitted the statement, despite Kabir's claim that it had "
            "been beaten out of him.",
            {"Anwar Kabir"},
        ),
        (
            _CHARGED + "The judge admitted his caution statement, rejecting his claim that it "
            "was dictated by the investigating officer.",
            {"Anwar Kabir"},
        ),
        # another's statement, which a claim disputes: nothing of the claimant's taken back
        (
            _CHARGED + "The court read the statement of Rina Das, despite Kabir's claim that "
            "it was fabricated.",
            set(),
        ),
        # a claim by one the report does not accuse
        (
            _CHARGED + "The judge admitted the statement, despite the claim of Rina Das that "
            "it had been beaten out of her.",
            set(),
        ),
    ],
)
def test_claim_of_coercion_against_the_statement_weighed(
    nlp: Language, text: str, taken_back: set[str]
) -> None:
    assert accused_of("retraction", nlp, text) == taken_back
