"""How a description noun is remembered, and the words of a name no description is: the key
``DescribedPeople`` files "the munshi", "the driver" under (``noun_key``), for every reader
of ``noun_named``; the labels that join a name's words; the head words of bodies and places;
the titles the mention finder drops from the front of a name.
Split out of ``described_people.py`` (branch spl78) as it was, so the modules that read
``noun_named`` (``described_later``, ``written_titles``, ``lede_indefinite``, ``lede_parts``,
``identified_next``, ``untied``) import it without importing the class.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.name_words import name_words

__all__ = ["BODIES_AND_PLACES", "NAME_DEPS", "TITLES", "noun_key"]

# Where a name's words hang together: on the next word of the name, or on its alias.
NAME_DEPS = frozenset({"compound", "flat"})
# The head words of bodies and places ("group", "village", "city"): a name the parse hangs
# on one ("a youth from the group, X"; "City Police Officer X") is no person it describes.
BODIES_AND_PLACES = name_words().organisation_heads | name_words().place_heads
# The titles the mention finder drops from the front of a name ("Haji", "Inspector").
TITLES = name_words().titles


def noun_key(noun: Token) -> str:
    """The noun as remembered: its lemma, or the word where the tagger made it a proper
    noun ("munshi", whose lemma a proper noun keeps as written)."""
    return noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.lower_
