"""A confession the accused's side says another wrote (``kinds.coercion``: "written by the
police", "drafted by the investigating officer", not "by him"), told in the second of a series
of reported clauses the parser hung on the first (``content_clauses.content_clauses``), and whose it
is where a pronoun tells the owner: the speaker who binds it (``_owned_by_a_pronoun``), never
another the report named last. Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CONVICTED = "The judge convicted Tanveer Hussain of the murder. "


@pytest.mark.parametrize(
    "told",
    [
        "Tanveer Hussain told the judge his statement was written by the police.",
        "Tanveer Hussain told the court the confession attributed to him had been drafted by "
        "the investigating officer.",
        "In his statement under Section 342, Tanveer Hussain said he had been kept at the "
        "police station for three days, that the admission attributed to him was typed by "
        "the police and that the recovery was staged.",
    ],
)
def test_statement_written_by_another_is_taken_back(nlp: Language, told: str) -> None:
    assert accused_of("retraction", nlp, _CONVICTED + told) == {"Tanveer Hussain"}


def test_statement_written_by_himself_is_not_taken_back(nlp: Language) -> None:
    # guard: his own hand is no disowning
    text = _CONVICTED + "Tanveer Hussain told the court the statement was written by him."
    assert accused_of("retraction", nlp, text) == set()


def test_the_pronoun_is_the_speakers_not_the_last_named(nlp: Language) -> None:
    text = _CONVICTED + (
        "A third co-accused, Rafiq Ali, died in jail and the proceedings against him "
        "abated. In his statement under Section 342, Tanveer said he had been kept at the "
        "police station for three days, that the admission attributed to him was written by "
        "the police and that the recovery was staged."
    )
    assert accused_of("retraction", nlp, text) == {"Tanveer Hussain"}


def test_a_body_that_speaks_binds_no_pronoun(nlp: Language) -> None:
    # "his" is no organisation's: the owner is the one the report is about
    text = (
        "The Valley People's League rejected the police claims about its member Omar "
        "Haddad, saying that his confession was extracted under torture."
    )
    assert accused_of("retraction", nlp, text) == {"Omar Haddad"}
