"""A deed told as alleged (``nlp/claims/alleged_deeds.py``), on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import claims_of, roles


def _accused(text: str, nlp: Language) -> set[str]:
    return {p.name for c in claims_of(nlp, text) for p in c.participants if p.role == "accused"}


def test_the_doer_of_a_hedged_deed_is_accused(nlp: Language) -> None:
    text = "Rehana Bibi, who allegedly organised the smuggling ring, left the country."
    assert "Rehana Bibi" in _accused(text, nlp), roles(claims_of(nlp, text))


def test_a_hedged_deed_in_the_passive_accuses_no_victim(nlp: Language) -> None:
    text = "Nasreen Akhtar, who was allegedly strangled by her brother, was buried on Friday."
    assert "Nasreen Akhtar" not in _accused(text, nlp)


def test_a_hedged_telling_accuses_no_one(nlp: Language) -> None:
    text = "Kamran Ali allegedly told police that he had seen the attack."
    assert "Kamran Ali" not in _accused(text, nlp)


def test_a_victim_a_hedge_speaks_of_is_no_accused(nlp: Language) -> None:
    text = "The victim, Sana Gul, allegedly owed money to the gang."
    assert "Sana Gul" not in _accused(text, nlp)
