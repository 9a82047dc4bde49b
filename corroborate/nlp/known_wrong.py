"""Whether a speaker's own clause owns a wrong he knew he did: "I knew it was wrong and I
did it anyway", "I did it because I was told to, and I knew it was wrong" - told by the
accused of himself, a confession though it names no crime (``claims.known_wrong_told`` asks
it of the verb whose subject the speaker is).

Read from the parse: a verb of knowing (``legal.knowing_verbs``), not negated ("I did not
know it was wrong" disowns the knowing) nor only supposed ("if I had known it was wrong", "I
should have known": knowledge disowned or owed), whose content clause is a clause of being,
not negated, with a pointing pronoun for subject ("it", "this", "that": the deed just told)
and a word of wrong for complement (``legal.wrong_adjectives``). The wrong must be the
deed's: "it was wrong to arrest him" (an infinitive or clause the pronoun stands in for)
judges another's act, and "what they did was wrong" (another subject) is another's deed; a
conjunct verb counts only with a subject of the same word ("I did it, and I knew it was
wrong").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import POINTING_BACK, negated

__all__ = ["knew_it_wrong"]

_KNOWING = legal().knowing_verbs
_WRONG = legal().wrong_adjectives
# What would make the pronoun stand for something else: "it was wrong to ...", "... that ...".
_STOOD_FOR = frozenset({"xcomp", "ccomp", "csubj", "advcl"})


def knew_it_wrong(verb: Token, subject: Token) -> bool:
    """Whether ``verb`` (whose subject is ``subject``), or a verb co-ordinated with it under
    a subject of the same word, is a knowing that the deed was wrong."""
    verbs = [verb] + [
        c
        for c in verb.conjuncts
        if any(s.dep_ == "nsubj" and s.lower_ == subject.lower_ for s in c.children)
    ]
    return any(_knowing_wrong(v) for v in verbs)


def _knowing_wrong(verb: Token) -> bool:
    if verb.lemma_.lower() not in _KNOWING or negated(verb) or _unreal(verb):
        return False
    return any(c.dep_ == "ccomp" and _wrong_deed(c) for c in verb.children)


def _wrong_deed(clause: Token) -> bool:
    """A clause of being that calls the deed a pronoun points at wrong: "it was wrong"."""
    if clause.lemma_.lower() != "be" or negated(clause):
        return False
    if any(c.dep_ in _STOOD_FOR for c in clause.children):
        return False  # "it was wrong to arrest him": the pronoun stands for the infinitive
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or any(s.lower_ not in POINTING_BACK for s in subjects):
        return False
    return any(
        c.dep_ in ("acomp", "attr") and c.lower_ in _WRONG and not list(c.children)
        for c in clause.children
    )


def _unreal(verb: Token) -> bool:
    """Whether the knowing is only supposed: a condition ("if I had known it was illegal, I
    would have left") or a modal ("I should have known it was wrong") - knowledge disowned
    or owed, not owned."""
    return any(
        (c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"))
        or (c.dep_ == "aux" and c.tag_ == "MD")
        for c in verb.children
    )
