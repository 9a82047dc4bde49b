"""A disposal the parser reads as an infinitive ("admitted X to bail", "to bail" an xcomp):
whom it disposes of is the object of the verb it completes (``BailAdmitted._admitted_to_bail``),
on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of


def test_admitted_to_bail_bails_the_object(nlp: Language) -> None:
    text = "Justice Ali Raza, hearing the petitions, admitted Kamran Ali to bail on Monday."
    assert accused_of("ruling", nlp, text, "bail") == {"Kamran Ali"}


def test_admitted_to_bail_in_the_passive_bails_the_subject(nlp: Language) -> None:
    text = "Peter Okoth was admitted to bail by the magistrate."
    assert accused_of("ruling", nlp, text, "bail") == {"Peter Okoth"}


def test_a_refusal_to_admit_to_bail_bails_no_one(nlp: Language) -> None:
    text = "The magistrate refused to admit Peter Okoth to bail."
    assert accused_of("ruling", nlp, text, "bail") == set()


def test_admitted_to_hospital_is_no_ruling(nlp: Language) -> None:
    text = "The doctors admitted Tom Reid to hospital on Sunday."
    assert accused_of("ruling", nlp, text) == set()
