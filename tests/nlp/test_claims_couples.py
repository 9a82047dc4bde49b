"""A married pair named by a spouse noun and "the couple" later (``nlp/claims/couples.py``),
on invented sentences: the pair, whether or not the report followed them as accused; no
one where two pairs were named."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims.reader import Reader
from corroborate.nlp.mentions import find_mentions
from tests.nlp.test_claims import accused_of


def _pairs(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    reader = Reader(doc, find_mentions(doc))
    reader.run()
    return reader.married_pairs


def test_her_husband_pairs_him_with_the_woman_named_before(nlp: Language) -> None:
    text = (
        "Officers said Rukhsana Bibi befriended the victims and had her husband, Javed Iqbal, "
        "photograph them."
    )
    assert _pairs(nlp, text) == [("Rukhsana Bibi", "Javed Iqbal")]


def test_a_named_owner_pairs_with_the_spouse(nlp: Language) -> None:
    text = "Samina Akhtar, Tariq Akhtar's wife, told reporters he was at home."
    assert _pairs(nlp, text) == [("Tariq Akhtar", "Samina Akhtar")]


def test_the_couple_is_the_pair_though_no_accused_was_followed(nlp: Language) -> None:
    text = (
        "Officers said Rukhsana Bibi befriended the victims and had her husband, Javed Iqbal, "
        "photograph them. The couple were sent to police custody till Monday."
    )
    assert accused_of("ruling", nlp, text, "remanded") == {"Rukhsana Bibi", "Javed Iqbal"}


def test_the_couple_of_two_pairs_is_no_one(nlp: Language) -> None:
    text = (
        "The complaint names Nadia Pervez and her husband, Omar Pervez, and Laila Hassan "
        "and her husband, Faisal Hassan. The couple were granted bail."
    )
    assert accused_of("ruling", nlp, text, "bail") == set()
