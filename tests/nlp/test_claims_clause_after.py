"""A confession dated by another act, whose subject the parser gave to "after" as its object:
"The trial opened days after his cousin, X, admitted the murder" (``claims.hung_subject``, which
Parties._agents asks for every verb).
Sentences and names are invented."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of


def test_admitted_after_an_apposition_taken_by_after(nlp: Language) -> None:
    text = "The trial opened days after his cousin, Imran Latif, admitted the murder."
    assert settings_of(analysis_of(nlp, text), "confession", "Imran Latif") == {"unknown"}


def test_a_guilty_plea_after_an_apposition_taken_by_after(nlp: Language) -> None:
    text = (
        "The verdicts came a month after a fourth former steward, Dale Pruitt, pleaded guilty "
        "to manslaughter under a deal with prosecutors."
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Dale Pruitt") == {"judicial"}


def test_a_name_after_after_with_no_clause_confesses_nothing(nlp: Language) -> None:
    # guard: the verb has its own subject, and the name is only the time's
    text = (
        "The hearing resumed after the lunch break, Judge Mary Olsen said, and the officer "
        "admitted the murder."
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Mary Olsen") == set()
