"""Put into a case not one's own: "his client had been dragged into the case only because he
is his father's son", "he was embroiled in the FIR by his rivals". Said by the accused's
side, a passive verb of dragging (the legal lexicon's ``dragging_verbs``) whose "into" or
"in" phrase holds a case (``charge_nouns``: case, FIR, charge ...) says the one so put is
there by another's doing, not their own - a denial, as "he was framed" is. The object must
be a case: "dragged into the river", "roped into the committee" tell no case; and like an
alibi it clears only one accused already (``Answers._denied_in_content``'s filter), so "the
minister was dragged into the case" said of one the report accuses of nothing clears no one.

The phrasal verb says the same without the case, as Pakistani defence counsel put it (den92):
"his client had been roped in by political rivals", "he has been roped in by people who want
the mosque", "the family had been roped in because of business rivalry" - the particle "in"
with no object of its own, said by the accused's side of one accused, is the case he was put
into. Not where the words tell what he was put in for or as: "roped in to carry the bags",
"roped in as a witness", "roped in for the survey" name a task, no case.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import to_infinitive

__all__ = ["dragged_into_a_case"]

_LEGAL = legal()
# The prepositions that put someone into a case: "dragged into the case", "embroiled in it".
_INTO = frozenset({"into", "in"})
# What a phrasal "roped in" is put in for or as - a task or a part, not a case: "roped in to
# help", "roped in as a witness", "roped in for the survey".
_FOR_A_TASK = frozenset({"as", "for", "to"})


def dragged_into_a_case(act: Token) -> bool:
    """Whether ``act`` is a passive verb of dragging someone into a case (above)."""
    if act.lemma_.lower() not in _LEGAL.dragging_verbs:
        return False
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in act.children):
        return False
    if any(c.dep_ == "neg" for c in act.children):
        return False  # "he was not dragged into the case": no one says he was
    phrases = [c for c in act.children if c.dep_ == "prep" and c.lower_ in _INTO]
    if _roped_in(act) and not phrases:
        return True
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in _LEGAL.charge_nouns
        for p in phrases
        for o in p.children
    )


def _roped_in(act: Token) -> bool:
    """ "had been roped in by his rivals": the particle "in" alone, and nothing telling a task
    or part it was for ("roped in to help", "as a witness", "for the survey")."""
    if not any(c.dep_ == "prt" and c.lower_ == "in" for c in act.children):
        return False
    return not any(
        (c.dep_ in ("prep", "advcl", "xcomp") and c.lower_ in _FOR_A_TASK)
        or (c.dep_ in ("xcomp", "advcl") and to_infinitive(c))
        for c in act.children
    )
