"""The phrases of a phrasal verb: the verb's own children and those its particle takes. The
parser hangs the phrase after a particle on the particle, not the verb ("backed away from his
confession": "from" is a child of "away"), so a reading that looks for the verb's "from" or
"on" phrase asks here ("went back on it", "walked back the statement").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

__all__ = ["with_particle_phrases"]

# How the parser attaches a particle: "prt", or "advmod" for "back", "away".
_PARTICLE_DEPS = frozenset({"prt", "advmod"})


def with_particle_phrases(verb: Token) -> Iterator[Token]:
    """The verb's children, then the prepositional phrases its particles take."""
    yield from verb.children
    for particle in verb.children:
        if particle.dep_ in _PARTICLE_DEPS:
            yield from (c for c in particle.children if c.dep_ == "prep")
