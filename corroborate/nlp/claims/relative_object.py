"""Whom a pronoun that is the object of a relative clause stands for, by grammar alone.

"X was produced before the magistrate, who remanded him to police custody": "him" is the
object of a relative clause whose own subject is the relative pronoun, so it is never the
clause's antecedent (the magistrate: that would be "himself"); the one person left in the
sentence it can be is the subject of the clause the relative hangs in - X. The parse says so
whatever the report told before, so the pronoun is read here, not left to the resolver (which
may pick a man named in the sentence before).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["subject_beyond_relative"]

# The parser's tags of a relative pronoun: "who", "that", "which".
_RELATIVE_TAGS = frozenset({"WP", "WDT"})


def subject_beyond_relative(pronoun: Token) -> Token | None:
    """The subject of the clause that a relative clause with ``pronoun`` as its object hangs
    in ("X was produced before M, who remanded him": X), where the relative pronoun is that
    clause's subject and the antecedent is an object in the clause (through prepositions).
    None for any other pronoun, or where the clause has no one subject before the antecedent."""
    clause = pronoun.head
    if pronoun.dep_ != "dobj" or clause.dep_ != "relcl":
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ in _RELATIVE_TAGS for c in clause.children):
        return None
    antecedent = verb = clause.head
    while verb.dep_ in ("pobj", "prep", "dobj") and verb.head is not verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == antecedent.i:
        return None
    subjects = [c for c in verb.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < antecedent.i]  # fmt: skip
    return subjects[0] if len(subjects) == 1 else None
