"""A gapped list of the accused named "as" their parts (``nlp/claims/named_as.py``), on
invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import claims_of, roles


def test_each_item_named_as_a_part_after_an_accused_is_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The report names Bhola Prasad Kushwaha alias Munna as the main accused who mixed "
        "the spirit, Ramesh Chaudhary as the driver who carried the drums, Gaya-based "
        "grocer Rajiv Kumar Agrawal as its seller, and Suresh Mandal as the man who sold "
        "the sachets at the fair.",
    )
    got = roles(found)
    for name in ("Bhola Prasad Kushwaha", "Rajiv Kumar Agrawal", "Suresh Mandal"):
        assert "accused" in got.get(name, set()), got


def test_a_list_named_as_no_accused_is_no_list_of_the_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The board named Rekha Sinha as its chair, Mohan Das as treasurer, and Asha Rani as "
        "secretary.",
    )
    assert not [c for c in found if c.kind == "accusation"], roles(found)
