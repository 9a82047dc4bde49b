"""The subjects before a pronoun of the clauses it is part of, nearest clause first: the
people its own sentence may let it stand for. A leaf split out of ``pronouns.py`` (branch
spl79), as it was, for the pronoun readers that ask it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from corroborate.nlp.antecedents import bound_subject
from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["subjects_before"]


def subjects_before(pronoun: Token) -> Iterator[Token]:
    """The subjects before ``pronoun`` of the clauses it is part of, nearest clause first -
    not the one a bound reflexive or object pronoun excludes ("Y had paid him": him is not
    Y)."""
    bound = bound_subject(pronoun)
    for verb in pronoun.ancestors:
        # "Y handed him over to police, and the magistrate sent him to jail": the same
        # pronoun as an earlier clause's object is that object again, never its subject
        parallel = any(c.dep_ == "dobj" and c.lower_ == pronoun.lower_ and c.i < pronoun.i
                       for c in verb.children)  # fmt: skip
        for subject in verb.children:
            if subject.dep_ not in NOUN_SUBJECTS or subject.i >= pronoun.i:
                continue
            if bound is not None and subject.i == bound.i or parallel:
                continue
            yield subject
