"""The lists of what a bare admission leaves out (``lexicon/admitted_deeds.py``, conf96)."""

from __future__ import annotations

from corroborate.lexicon.admitted_deeds import admitted_deed_words
from corroborate.lexicon.legal import legal


def test_the_lists_are_typed_and_roles_known() -> None:
    words = admitted_deed_words()
    assert "know" in words.no_deed_gerunds
    # a confessing role must be a role the legal lexicon gives
    assert words.confessing_roles <= set(legal().role_nouns.values())
    # a sighting is legal.json's list, never repeated here
    assert not words.no_deed_gerunds & legal().sighting_verbs
