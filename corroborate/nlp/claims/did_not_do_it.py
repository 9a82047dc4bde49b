"""The deed refused by a word that points back to it: "I did not do this", "he would never do
it", "Kervin did not do that" (den94).

Said by the accused's side, a negated "do" whose only object is "it", "this" or "that" refuses
the deed the report tells - the pronoun stands for the crime, as "such a thing" does. Only the
bare clause: a manner, purpose, place or condition on it narrows the deed instead of refusing
it ("he did not do it alone", "did not do it for money", "if he did not do it, somebody else
did"), and a noun after the word ("did not do this job") is a task, not the deed. Asked in
``ClearingActs._clears`` and kept, like the other clears that name no crime, to one the report
accuses already (``Answers``), so a witness's "I did not do anything" clears no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.grammar import POINTING_BACK

__all__ = ["denies_doing_it"]

# What the bare clause may hold beside its verb and object: subject, auxiliaries, the
# negation and punctuation ("never" is the negation's own).
_BARE = frozenset({"nsubj", "aux", "neg", "dobj", "punct", "cc", "conj"})


def denies_doing_it(act: Token) -> bool:
    """Whether ``act`` is "did not do it / this / that": the verb "do" (not the auxiliary),
    negated, with a subject, and one of the pointing words as its only object, bare."""
    if act.lemma_.lower() != "do" or act.pos_ != "VERB":
        return False
    if not any(c.dep_ == "neg" for c in act.children):
        return False
    if not any(c.dep_ == "nsubj" for c in act.children):
        return False
    objects = [c for c in act.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lower_ not in POINTING_BACK or any(objects[0].children):
        return False
    # a reported clause's own "that" ("said that he did not do it"), never "if" or "because"
    return all(c.dep_ in _BARE or c.dep_ == "mark" and c.lower_ == "that" for c in act.children)
