"""Probes of what lfa37 counted in lf37's misses and did not build (invented sentences), each
a strict xfail with its reason: the class was held by lf37 alone among the open sets (a rule
for it would be a rule for one article), broke another set's later readings, or is another
branch's. A fix shows up as XPASS."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, outcomes, roles


@pytest.mark.xfail(
    strict=True,
    reason="the parser heads 'X alias Y' on the alias's last word (the marker a compound): "
    "tying that word to X (lf14, lf15, lf25, lf27, lf37 hold the shape) lost the later "
    "one-word alias references of lf7 (its confession and denial), so it was taken back",
)
def test_an_alias_headed_subject_is_its_owner(nlp: Language) -> None:
    text = (
        "Nur Kamal alias Kala Kamal, who police say fired the shots that killed a shopkeeper "
        "near Camp 12, got the death penalty."
    )
    assert "sentenced" in outcomes(claims_of(nlp, text), "Nur Kamal")


@pytest.mark.xfail(
    strict=True,
    reason="'released on periodic reporting': a release on conditions in a word the lexicon "
    "lacks; lf37 alone writes it (lf26, lf31, lf35, lf36's forms are read)",
)
def test_a_release_on_periodic_reporting_is_bail(nlp: Language) -> None:
    text = "The judge released Tomás Ferreira on periodic reporting on Thursday."
    assert "bail" in outcomes(claims_of(nlp, text), "Tomás Ferreira")


@pytest.mark.xfail(
    strict=True,
    reason="a party officer's denial for another ('X, general secretary of the Y, denied "
    "that Z had any involvement') is read as X's own: lf37 alone of the open sets; denials "
    "are den94's and lfd37's",
)
def test_a_denial_for_another_is_not_the_speakers(nlp: Language) -> None:
    text = (
        "Police are looking for Kamal Sheikh over the beating. Anwar Hossain, general secretary "
        "of the ward unit of the Jubo League, denied that Kamal had any involvement."
    )
    assert "accused" not in roles(claims_of(nlp, text)).get("Anwar Hossain", set())
