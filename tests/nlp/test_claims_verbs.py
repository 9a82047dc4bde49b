"""Arrests told by a verb of holding and where it was done (``nlp/claims/verbs.py``,
``_held_at_the_scene``), on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of


def test_people_held_on_the_spot_are_arrested(nlp: Language) -> None:
    """ "held on the spot", "held at the scene": caught where the crime was done; one
    "held along with" them too."""
    text = (
        "The owner Ravi Malhotra, receptionist Geeta Rani and driver Mohan Lal were held on "
        "the spot along with Seema."
    )
    assert accused_of("arrest", nlp, text) == {"Ravi Malhotra", "Geeta Rani", "Mohan Lal", "Seema"}
    assert accused_of("arrest", nlp, "Police held Kamal Perera at the scene.") == {"Kamal Perera"}


def test_a_thing_held_at_the_scene_is_no_arrest(nlp: Language) -> None:
    found = claims_of(nlp, "A vigil was held at the scene on Sunday.")
    assert not [c for c in found if c.kind == "arrest"]
    found = claims_of(nlp, "A meeting was held at the spot where Asha Rai died.")
    assert not [c for c in found if c.kind == "arrest"]
