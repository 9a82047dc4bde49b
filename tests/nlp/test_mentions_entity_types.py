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


def test_a_dateline_names_a_place_and_no_agency(nlp: Language) -> None:
    """ "NAIROBI, Kenya (AP) -": where the report was filed from (``nlp.datelines``); its
    places are places, its agency no mention at all, whatever NER makes of them."""
    text = "NAIROBI, Kenya (AP) — Police on Friday arrested Omondi Kariuki over the bombing."
    found = find_mentions(nlp(text))
    by_text = {m.text: m.type for m in found}
    assert by_text.get("NAIROBI") == "place"
    assert "AP" not in by_text
    assert by_text.get("Omondi Kariuki") == "person"
    colon = _types(nlp, "Trader held over fraud\n\nMULTAN: Police arrested Salim Qadri.")
    assert colon.get("MULTAN", "place") == "place"
