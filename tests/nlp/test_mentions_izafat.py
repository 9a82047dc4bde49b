"""Izafat names split by the tokenizer (``nlp.mentions.izafat``; invented sentences)."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.mentions.izafat import izafat_body, izafat_whole


def test_a_piece_of_an_izafat_name_widens_to_the_whole(nlp: Language) -> None:
    """ "Tehreek-e-Nizam" is five tokens; from any piece the whole name is found, and a
    hyphenated word with a space or no izafat ("anti-Taliban", "Tehreek - e") is not one."""
    doc = nlp("Tehreek-e-Nizam and Zia-ul-Rehman met the anti-Taliban envoy.")
    words = [t.text for t in doc]
    nizam, rehman = words.index("Nizam"), words.index("Rehman")
    assert doc[slice(*izafat_whole(doc, nizam, nizam + 1))].text == "Tehreek-e-Nizam"
    assert doc[slice(*izafat_whole(doc, 0, 1))].text == "Tehreek-e-Nizam"
    assert doc[slice(*izafat_whole(doc, rehman, rehman + 1))].text == "Zia-ul-Rehman"
    taliban = words.index("Taliban")
    assert izafat_whole(doc, taliban, taliban + 1) == (taliban, taliban + 1)
    spaced = nlp("Tehreek - e - Nizam")
    assert izafat_whole(spaced, 4, 5) == (4, 5)


def test_a_body_s_izafat_name_opens_with_a_head_word() -> None:
    assert izafat_body("tehreek-e-nizam") and izafat_body("jamaat-ul-furqan")
    assert not izafat_body("zia-ul-haq") and not izafat_body("lashkar")
