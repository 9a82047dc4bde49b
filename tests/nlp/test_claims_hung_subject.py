"""A clause of time whose subject the parser hung on the preposition ("came weeks after a
third member, X, pleaded guilty"): the phrase's noun does the conjunct
(``nlp/claims/hung_subject.py``), on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of


def test_a_plea_after_a_time_preposition_is_the_apposed_names(nlp: Language) -> None:
    text = (
        "The verdicts came three weeks after a third former member, Evan Sorley, 21, "
        "pleaded guilty to reckless homicide under an agreement with prosecutors."
    )
    assert accused_of("confession", nlp, text) == {"Evan Sorley"}


def test_a_real_conjunct_shares_the_first_subject(nlp: Language) -> None:
    text = "Dwayne Colby was arrested after the raid and confessed to the theft."
    assert accused_of("confession", nlp, text) == {"Dwayne Colby"}
