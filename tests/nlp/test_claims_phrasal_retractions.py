"""Phrasal verbs of taking a confession back: "walked back their confessions", "backed away
from his confession" (retraction cues "walk_back", "back_away"); the phrase after a particle
hangs on the particle ("from" on "away", ``claims.particles``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CONFESSED = (
    "DHAKA: A tribunal on Sunday sentenced Arif Hossain and Jubayer Hossain to death for the "
    "murder of a student. Both had confessed before a magistrate after their arrest. "
)


def test_two_accused_walk_back_their_confessions_together(nlp: Language) -> None:
    text = _CONFESSED + "The trial saw both Arif and Jubayer walk back their confessions."
    assert accused_of("retraction", nlp, text) == {"Arif Hossain", "Jubayer Hossain"}


def test_backed_away_from_his_confession(nlp: Language) -> None:
    text = _CONFESSED + "At the trial Arif backed away from his confession."
    assert accused_of("retraction", nlp, text) == {"Arif Hossain"}


def test_walked_back_to_the_dock_takes_nothing_back(nlp: Language) -> None:
    # guard: no confession or statement after the particle
    text = _CONFESSED + "Arif walked back to the dock after the verdict."
    assert accused_of("retraction", nlp, text) == set()
