"""The words of a carrier who never looked into his load (``claims.never_looked``, den95):
the verbs of looking into a place and the prepositions of where a load lies are the legal
lexicon's, not the module's own."""

from __future__ import annotations

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims import never_looked


def test_a_verb_of_looking_into_a_place_is_one_of_the_looking_verbs() -> None:
    lex = legal()
    assert lex.place_looking_verbs == {"look"}
    assert lex.place_looking_verbs <= lex.looking_verbs


def test_the_places_a_load_lies_are_the_lexicons() -> None:
    places = legal().load_place_prepositions
    assert {"in", "inside", "under", "onto"} <= places and "at" not in places
    assert never_looked._WITHIN is places
    assert never_looked._INTO_A_PLACE is legal().place_looking_verbs
