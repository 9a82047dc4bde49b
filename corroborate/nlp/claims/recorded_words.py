"""A record of one's own words told by what is in it: "the video in which he speaks of orders",
"the clip in which he is heard saying the team had orders", "the recording where he describes
the killing". Whatever the record is called (a video, a clip, a tape), a relative clause that
has its owner speak in it makes it his statement; told by his side to have been coerced ("the
video in which he speaks of orders was made with a gun at my head"), it is a confession taken
back (``claims.coerced``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["recorded_words"]

# The personal pronouns a speaker in his own record is told by ("in which he speaks").
_SPEAKERS = frozenset({"he", "she", "they", "i", "we"})
# The words that open a clause of what is in a record: "in which", "where".
_INSIDE = frozenset({"which", "where"})


def recorded_words(noun: Token, speaking: frozenset[str]) -> bool:
    """Whether ``noun`` has a relative clause of what is in it ("in which ...", "where ...")
    whose subject is a personal pronoun that speaks: its verb one of ``speaking`` ("speaks",
    "says", "confesses"), or one of perceiving completed by one ("is heard saying")."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        opened = any(t.lower_ in _INSIDE and t.i < clause.i for t in clause.subtree)
        subjects = [c for c in clause.children if c.dep_ in NOUN_SUBJECTS]
        if not opened or not any(s.lower_ in _SPEAKERS for s in subjects):
            continue
        verbs = [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "ccomp", "advcl"))]
        if any(v.lemma_.lower() in speaking for v in verbs):
            return True
    return False
