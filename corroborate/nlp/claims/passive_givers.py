"""Who gave a statement that a passive verb of taking back, with no "by" phrase, takes back:
"The confessional statement X gave before a magistrate was later disowned", "the confession
made by X was withdrawn", "the confession he is said to have made has been withdrawn". The
verb names no one who takes it back, but a statement is only ever taken back by the one who
gave it, and the noun's own clause of giving names him. ``Retractions`` asks which of these
words stand for one the report accuses.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS

__all__ = ["giver_words", "taken_back_unsaid"]


def taken_back_unsaid(verb: Token, statement: Token) -> bool:
    """Whether ``verb`` is a passive whose own subject is ``statement`` and that names no one
    who took it back ("the statement was later retracted": no "by" phrase) - nor says it was
    not taken back ("the confession has not been withdrawn")."""
    if statement.head != verb or statement.dep_ not in PASSIVE_SUBJECTS:
        return False
    return not any(c.dep_ in ("agent", "neg") for c in verb.children)


def giver_words(noun: Token, givers: frozenset[str], sayings: frozenset[str]) -> list[Token]:
    """The words of the statement noun's own clauses that name who gave it: the subject of a
    relative clause of giving ("the statement X gave", "the confession that X recorded"), the
    "by" phrase of a participle of giving ("the confession made by X"), and the subject of a
    passive relative of saying whose infinitive gives it ("the confession he is said to have
    made"). ``givers`` are the verbs of giving or recording a statement, ``sayings`` those of
    saying. A "which" or "that" subject is the statement itself, never its giver."""
    out: list[Token] = []
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
        lemma = clause.lemma_.lower()
        subjects = [c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS and c.tag_ != "WDT"]
        if lemma in givers:
            # "the statement X gave", "the statement that X recorded" (the parser may read
            # the contact relative as a clause on the noun of another kind: its own subject)
            out += subjects
        if lemma in givers and clause.tag_ == "VBN":
            # "the confession made by X", "the statement recorded by X" (a magistrate who
            # records it is no one the report accuses: the caller asks)
            out += [o for a in clause.children if a.dep_ == "agent"
                    for o in a.children if o.dep_ == "pobj"]  # fmt: skip
        infinitive = any(c.dep_ == "xcomp" and c.lemma_.lower() in givers
                         for c in clause.children)  # fmt: skip
        if lemma in sayings and infinitive:
            # "the confession he is said to have made", "the statement X was alleged to
            # have given": the one said to have given it
            out += [c for c in clause.children if c.dep_ in PASSIVE_SUBJECTS]
    return out
