"""Whether a word stands for a person: a name, or a noun the lexicon knows as a person's ("his
lawyer", "her brother", "the accused"). One reading for the readers that ask it of a name
the parser placed loosely (``fronted_subject``, ``claims.fronted_place``) and of a deed's doer
(``claims.none_of_it``, which adds pronouns and client nouns, ``PARTY_NOUNS``, and leaves out
other entity types). ``claims.harm_denied`` asks it of the object of a harm with a rule of its
own (see there): a surname NER took for a place is a person there, so it cannot share this
one; ``claims.unseen`` asks that one of whom no one saw, with ``PARTY_NOUNS``.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal

__all__ = ["PERSON_NOUNS", "PARTY_NOUNS", "NOT_NAMED_PERSONS", "person_word"]

_LEGAL = legal()
# Nouns that name a person by their part: "his lawyer", "her brother", "the accused".
PERSON_NOUNS = frozenset(_LEGAL.role_nouns) | _LEGAL.people_nouns | _LEGAL.accused_nouns
# Those and a client ("my client"): the nouns of a person the accused's side speaks of, for the
# readers of what he did or was seen doing (``claims.none_of_it``, ``claims.unseen``).
PARTY_NOUNS = PERSON_NOUNS | _LEGAL.client_nouns
# Entity types of a proper noun that names no person: a place or a body ("Outside court,
# the Ministry ..."); any other type NER gives a name may be a person's it mistyped.
NOT_NAMED_PERSONS = frozenset({"GPE", "LOC", "FAC", "ORG"})


def person_word(
    word: Token,
    not_types: frozenset[str] = NOT_NAMED_PERSONS,
    nouns: frozenset[str] = PERSON_NOUNS,
) -> bool:
    """A name (a proper noun of any entity type but ``not_types``) or a noun of a person
    (``nouns``, by lemma)."""
    if word.pos_ == "PROPN":
        return word.ent_type_ not in not_types
    return word.lemma_.lower() in nouns
