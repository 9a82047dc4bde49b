"""What type a name is (``nlp.mentions.entity_types``), for the names NER mistypes
(invented sentences)."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.mentions import find_mentions


def _types(nlp: Language, text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_mentions(nlp(text))}


def test_a_body_s_izafat_name_is_an_organisation(nlp: Language) -> None:
    """ "Lashkar-e-X", "Jamaat-ul-X": a head word of bodies joined by an izafat is an
    organisation's name, which the small NER types a person."""
    types = _types(nlp, "Lashkar-e-Sadiq and Jamaat-ul-Furqan were banned on Monday.")
    assert types.get("Lashkar-e-Sadiq") == "organization"
    assert types.get("Jamaat-ul-Furqan") == "organization"


def test_a_person_s_izafat_name_stays_a_person(nlp: Language) -> None:
    """An izafat name that opens with no head word of bodies is a person's."""
    types = _types(nlp, "General Zia-ul-Rehman Khan met the chief minister in Lahore.")
    assert types.get("Zia-ul-Rehman Khan") == "person"
