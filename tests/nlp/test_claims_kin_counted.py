"""A kin noun that counts its owner's children ("X, a father of four") ties X to no one
the report names: "his father" later is the father of whoever "his" is, not X
(``KinReadBack.remember_kin``). A kin noun that ties X to a person ("her husband, X") still
stands for X later. Each sentence is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of


def test_a_father_of_four_is_not_the_fathers_later_told(nlp: Language) -> None:
    text = (
        "Waqas Anjum, 38, a father of four, died on the way to hospital. The complainant "
        "stated that Bilal Tahir fired at Anjum with a rifle. Bilal Tahir and his father "
        "were at large and raids were being conducted."
    )
    assert "Waqas Anjum" not in accused_of("accusation", nlp, text)
    assert "Bilal Tahir" in accused_of("accusation", nlp, text)


def test_a_mother_of_three_children_is_no_tie_either(nlp: Language) -> None:
    text = (
        "Nasreen Akhtar, a mother of three children, was found dead at her home. Police "
        "said Faisal Javed and his mother had fled before the raid."
    )
    assert "Nasreen Akhtar" not in accused_of("accusation", nlp, text)
