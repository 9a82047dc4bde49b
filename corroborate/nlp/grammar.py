"""Small readings of the dependency parse that several readers share."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

__all__ = ["bare_participle", "negated_or_possible", "one_person_placed", "prep_objects"]


def prep_objects(
    head: Token, prepositions: Collection[str], deps: Collection[str] = ("pobj",)
) -> list[Token]:
    """The objects (``deps``) of the prepositions ``prepositions`` that hang on ``head``:
    "the mastermind of the attack" -> [attack] for ("of",); "confessed to being nervous" ->
    [being] for ("to",) with ("pobj", "pcomp")."""
    return [
        p for c in head.children if c.dep_ == "prep" and c.lower_ in prepositions
        for p in c.children if p.dep_ in deps
    ]  # fmt: skip


def negated_or_possible(verb: Token, modals: Collection[str]) -> bool:
    """Whether ``verb`` is negated ("did not claim") or only possible, by one of the modal
    auxiliaries ``modals`` ("may have been behind", "could be charged")."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in modals) for c in verb.children)


def bare_participle(verb: Token) -> bool:
    """Whether ``verb`` is a past participle that opens a clause of its own, without a subject
    or an auxiliary ("Asked about the strike, the minister said ...", "Accused of fraud, the
    mayor resigned"): a passive whose understood subject, the clause's it hangs from, is
    the one it was done to, not the one who did it. Its doer is only its agent ("Questioned
    by reporters")."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl")
        and not any(c.dep_ in _OWN_CLAUSE for c in verb.children)
    )


# What makes a participle's clause finite or gives it a subject of its own: "had asked",
# "was asked", "the minister asked".
_OWN_CLAUSE = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "expl"})


def one_person_placed(noun: Token, people_nouns: Collection[str]) -> bool:
    """Whether ``noun`` is one unnamed person the name before it places: "a Bellevue man",
    "an Omaha woman" - a singular noun for a person (``people_nouns``) with an indefinite
    article. The name is where they are from, never a party whose members they are,
    whatever NER took the place for."""
    return (
        noun.tag_ == "NN"
        and noun.lemma_.lower() in people_nouns
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    )
