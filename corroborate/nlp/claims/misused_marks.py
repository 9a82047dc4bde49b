"""A mark of the accused's own hand or access made or used by another: the accused's side saying
"his signature had been copied", "my login and signature had been misused", "her thumbprint
was forged", "his login had been used by others" (den94) - the mark that ties the accused to
the papers or the system is not the accused's doing, so the clause answers the accusation as
"the notes were planted on him" does (``unlinked.nothing_links`` asks it, and it gives, as
that does, the ones the mark would tie).

One reader of the relation: a passive, not negated and with no modal, of a verb of making or
using a mark as another's (the legal lexicon's ``mark_misusing_verbs``: "copied", "forged",
"misused"; or a verb of using, ``exploiting_verbs``, only with the one who used it told: "used
by others"), whose subject is an identity mark (``identity_marks``: signature, login, seal,
password) a person owns - a personal pronoun ("his signature"), a client ("his client's
login") or a name ("Tariq's seal"). That owner is the one it clears. Not "he copied the
signature" (active: a deed told of its doer), not "his signature was not forged", not "the
signature could have been copied", not a mark no one owns ("the signatures were forged" -
the prosecution's forgery), and not one used by its own owner ("used by him").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import negated

__all__ = ["marks_misused"]

_LEGAL = legal()
# The pronouns of a person who owns the mark: "his signature", "my login".
_OWNING = frozenset({"his", "her", "my", "their", "our"})
# Each owner's pronoun with the pronouns of the same person as the one who used it: "his
# login was used by him" tells the owner's own use.
_SAME_PERSON = {
    "his": frozenset({"him", "he", "himself"}),
    "her": frozenset({"her", "she", "herself"}),
    "my": frozenset({"me", "i", "myself"}),
    "their": frozenset({"them", "they", "themselves"}),
    "our": frozenset({"us", "we", "ourselves"}),
}


def marks_misused(act: Token) -> list[Token]:
    """The owners of an identity mark another copied, forged or misused (above); empty when
    none."""
    if act.pos_ != "VERB" or negated(act):
        return []
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in act.children):
        return []  # "the signature could have been copied": what may be, no deed told
    lemma = act.lemma_.lower()
    users = [a for c in act.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"]
    if lemma not in _LEGAL.mark_misusing_verbs and not (lemma in _LEGAL.exploiting_verbs and users):
        return []
    marks = _marks(act)
    owners = [
        o
        for mark in marks
        for o in mark.children
        if o.dep_ == "poss" and (o.lower_ in _OWNING or o.pos_ in ("PROPN", "NOUN"))
    ]
    own = {u.lower_ for u in users}
    return [o for o in owners if not own & _SAME_PERSON.get(o.lower_, frozenset())]


def _marks(act: Token) -> list[Token]:
    """The passive subject's identity marks, with a mark joined to it ("his login and
    signature")."""
    subjects = [c for c in act.children if c.dep_ == "nsubjpass"]
    marks = [s for s in subjects if s.lemma_.lower() in _LEGAL.identity_marks]
    # "his login and signature": the owner hangs on the first; the second shares it
    joined = [c for s in subjects for c in s.children
              if c.dep_ == "conj" and c.lemma_.lower() in _LEGAL.identity_marks]  # fmt: skip
    if joined and not marks:
        marks = [s for s in subjects if any(c.dep_ == "poss" for c in s.children)]
    return marks
