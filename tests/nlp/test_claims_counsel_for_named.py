"""Counsel for a client the report names ("Counsel for X, Y, argued"): the name apposed to
the client's is the counsel's, never the client's again (``ApposedNames.owner_renamed``), on
invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import claims_of, roles

_TEXT = (
    "Police said Sher Khan had confessed to the shooting. Counsel for Sher Khan, Arbab Ali "
    "Mohmand, argued that his client's so-called admission at the police station had been "
    "dictated by the SHO."
)


def test_the_name_after_counsel_for_a_named_client_is_counsel(nlp: Language) -> None:
    found = claims_of(nlp, _TEXT)
    assert roles(found).get("Arbab Ali Mohmand") == {"defence"}, roles(found)


def test_the_client_keeps_the_confession_counsel_speaks_of(nlp: Language) -> None:
    found = claims_of(nlp, _TEXT)
    last = [c for c in found if c.kind == "confession"][-1]
    assert {p.name for p in last.participants if p.role == "accused"} == {"Sher Khan"}


def test_the_father_of_a_named_girl_is_the_name_after_her(nlp: Language) -> None:
    found = claims_of(
        nlp, "Police arrested the father of Ayesha Bibi, Ghulam Rasool, on Tuesday for her murder."
    )
    arrested = {p.name for c in found if c.kind == "arrest" for p in c.participants
                if p.role == "accused"}  # fmt: skip
    assert "Ayesha Bibi" not in arrested, arrested
