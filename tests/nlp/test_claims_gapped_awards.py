"""The second pair of a gapped award, "the death penalty to X and life imprisonment to Y"
(``GappedAwards._gapped_awards`` in claims/gapped_awards.py), on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of


def sentenced(nlp: Language, text: str) -> set[str]:
    return accused_of("ruling", nlp, text, "sentenced")


def test_a_term_with_its_own_to_phrase_is_awarded_to_its_person(nlp: Language) -> None:
    found = sentenced(
        nlp,
        "RAWALPINDI: An anti-terrorism court on Monday awarded the death penalty to Kamran "
        "Butt alias Kami and life imprisonment to Shahzad Malik for the murder of a "
        "shopkeeper in March, and acquitted Shahzad's father, trader Anwar Malik, of "
        "harbouring the accused.",
    )
    assert found == {"Kamran Butt", "Shahzad Malik"}


def test_what_is_no_punishment_awards_no_sentence(nlp: Language) -> None:
    found = sentenced(
        nlp,
        "An anti-terrorism court on Monday awarded the death penalty to Kamran Butt alias "
        "Kami and compensation to Razia Bibi for the murder of her husband in March.",
    )
    assert "Razia Bibi" not in found
