"""A name the sentence writes as a place's or a body's, whatever NER typed it.

"The Nagpur bench", "the city's Akbar Shah area", "His Majesty's Prison", "a house near Kot
Radha Kishan": NER often types a South Asian town, a basti or a crown's prison a person, and
the resolver then takes it for the next "he" or "his" - the place accused in the deed the
pronoun's clause tells. The grammar of the name's own phrase says it is no person: it
modifies a noun for a place or a body ("bench", "area", "market"), it owns a place's name
("Majesty's Prison"), or it is the object of a preposition that takes only places ("near";
the lexicon's ``name_words.place_prepositions``) - unless the name's own first word is
a given name of one sex, for people stand near people too.
"""

from __future__ import annotations

from spacy.tokens import Span

from corroborate.lexicon.name_words import name_words
from corroborate.nlp.names import given_name_sex

__all__ = ["written_as_a_place"]


def written_as_a_place(name: Span) -> bool:
    """Whether ``name``'s own phrase writes it as a place or a body: the modifier of a
    lower-case noun for one ("the Nagpur bench", "the Akbar Shah area"), the owner of a
    place's capitalised name ("His Majesty's Prison"), or the object of "near" whose first
    word is no given name of one sex."""
    words = name_words()
    last = name[-1]
    if last.dep_ == "case" and len(name) > 1:
        last = name[-2]
    head = last.head
    if last.dep_ == "compound" and head.i > last.i and head.is_lower:
        lemma = head.lemma_.lower()  # two lookups, no union built for every pronoun's candidate
        return lemma in words.place_heads or lemma in words.organisation_heads
    if last.dep_ == "poss":
        return head.pos_ == "PROPN" and head.lower_ in words.place_heads
    if last.dep_ != "pobj" or head.lower_ not in words.place_prepositions:
        return False
    # "near" is said of people too ("the girl was sitting near Arjun Mehta when he ..."): a
    # full name whose first word is a given name of one sex is a person's; a place's first
    # word tells none ("Kot Radha Kishan", "Shah Faisal")
    return given_name_sex([t.text for t in name if t.is_alpha]) is None
