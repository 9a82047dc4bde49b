"""Whom a pronoun that is the object of a relative clause stands for, by grammar alone.

"X was produced before the magistrate, who remanded him to police custody": "him" is the
object of a relative clause whose own subject is the relative pronoun, so it is never the
clause's antecedent (the magistrate: that would be "himself"); the one person left in the
sentence it can be is the subject of the clause the relative hangs in - X. The parse says so
whatever the report told before, so the pronoun is read here, not left to the resolver (which
may pick a man named in the sentence before).

The subject may be shared with an earlier verb of a co-ordination ("X was arrested on
Saturday and produced before a magistrate, who sent him to jail"), and the parser sometimes
hangs the relative clause on the verb itself rather than on the court ("Both were produced
before the court on Friday, which sent them to jail"): both are the same grammar. Where the
subject is no name of its own - a description ("The owner, 62, was produced before a court,
which handed him to police"), a rank, another pronoun - ``PronounChain`` reads the pronoun as
whatever that subject is read as (``patient_beyond_relative``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = [
    "in_relative",
    "patient_beyond_relative",
    "relative_antecedent",
    "subject_beyond_relative",
]

# The parser's tags of a relative pronoun: "who", "that", "which".
_RELATIVE_TAGS = frozenset({"WP", "WDT"})


def subject_beyond_relative(pronoun: Token) -> Token | None:
    """The subject of the clause that a relative clause with ``pronoun`` as its object hangs
    in ("X was produced before M, who remanded him": X), where the relative pronoun is that
    clause's subject and the antecedent is an object in the clause (through prepositions).
    None for any other pronoun, or where the clause has no one subject before the antecedent."""
    clause = pronoun.head
    if pronoun.dep_ != "dobj" or clause.dep_ not in ("relcl", "advcl"):
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ in _RELATIVE_TAGS for c in clause.children):
        return None
    antecedent = verb = clause.head
    timed = _on_a_time(clause)
    if timed is not None:
        verb = timed  # "before a court the following day, which sent him"
    if clause.dep_ == "advcl" or timed is not None:
        # "..., which sent them": a relative read as a clause of the verb; the antecedent is
        # then some word before the relative, never the verb's subject (which is before it)
        if verb.pos_ not in ("VERB", "AUX") or verb.i > clause.i:
            return None
        antecedent = clause
    while verb.dep_ in ("pobj", "prep", "dobj") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == antecedent.i:
        return None
    subjects = [c for c in verb.children
                if c.dep_ in NOUN_SUBJECTS and c.i < antecedent.i]  # fmt: skip
    # "X was arrested ... and produced before M, who ...": the subject of the first verb
    while not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in NOUN_SUBJECTS]
    return subjects[0] if len(subjects) == 1 else None


def patient_beyond_relative(pronoun: Token) -> Token | None:
    """``subject_beyond_relative``'s subject where it is the one the clause tells something
    done to: the subject of a passive ("X was produced before M, who ...") or of a verb with
    no object ("X appeared before M, who ..."). Not where the clause has an object that the
    pronoun may stand for ("Police produced X before M, who sent him": X, not the police)."""
    subject = subject_beyond_relative(pronoun)
    if subject is None:
        return None
    verb = subject.head
    if subject.dep_ == "nsubj" and any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    return subject


def relative_antecedent(clause: Token) -> Token | None:
    """The word a clause whose subject is a relative pronoun stands on: the noun it hangs on
    ("the magistrate, who sent him"), or, where the parser hung it on the verb instead ("Both
    were produced before the court on Friday, which sent them to jail"), the nearest object
    of that verb's clause before the relative that is not a date or a time. None for any
    other clause."""
    relative = next((c for c in clause.children
                     if c.dep_ == "nsubj" and c.tag_ in _RELATIVE_TAGS), None)  # fmt: skip
    if relative is None:
        return None
    timed = _on_a_time(clause)
    if clause.dep_ == "relcl" and timed is None:
        return clause.head
    verb = timed if timed is not None else clause.head
    if clause.dep_ != "advcl" and timed is None or verb.i > clause.i:
        return None
    objects = [t for t in verb.subtree
               if t.i < relative.i and t.dep_ in ("pobj", "dobj") and t.pos_ in ("NOUN", "PROPN")
               and t.ent_type_ not in ("DATE", "TIME")]  # fmt: skip
    return objects[-1] if objects else None


def _on_a_time(clause: Token) -> Token | None:
    """The verb a relative clause hangs beyond where the parser hung it on a time phrase of
    that verb ("produced before a court the following day, which sent him to jail", "before
    the magistrate on Monday, who remanded them"): a day or an hour does nothing, so the
    relative stands on a word before the time, as one hung on the verb does. None where the
    clause is no relative on a time."""
    head = clause.head
    if clause.dep_ != "relcl" or head.ent_type_ not in ("DATE", "TIME") or head.i > clause.i:
        return None
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "on Monday"
    elif head.dep_ not in ("npadvmod", "tmod"):
        return None
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i != head.i else None


def in_relative(pronoun: Token) -> bool:
    """Whether ``pronoun`` hangs in a relative clause: one the parser made a relative, or one
    it hung on the verb whose subject is a relative pronoun ("..., which sent them to jail")."""
    return pronoun.head.dep_ == "relcl" or subject_beyond_relative(pronoun) is not None
