"""A denial told as nothing tying the accused to the deed: "there was no evidence linking his
client to the robbery", "there was 'not a single fingerprint, video or word' connecting her
client to the thefts", "police had nothing connecting him to the fire", "nothing ties my
client to the fire", "the evidence did not link him to it" - or what would tie him put on
him by others ("the marked notes were planted on him": ``planted.planted_on``), or the mark
that would tie him copied or misused by others ("his signature had been copied":
``misused_marks.marks_misused``).

No verb of denying and no crime verb is negated: the negation is on what would do the tying
(a noun under "no", "not a single", "nothing") or on the verb of tying itself (the legal
lexicon's ``tying_verbs``), and the one cleared is that verb's object, not the clause's
subject (the police, the evidence, "there"). ``claims.answers`` asks it of a reported clause
only for the accused's side, like the other clearing readings, and only of one the report
accuses already ("nothing links the shopkeeper to it" of a witness clears no one); a court
that finds so rules, it does not deny (its words are no side's).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.misused_marks import marks_misused
from corroborate.nlp.claims.planted import planted_on
from corroborate.nlp.claims.unseen import seen_by_no_one
from corroborate.nlp.grammar import negated

__all__ = ["nothing_links"]

_LEGAL = legal()
_NONE = frozenset({"nothing", "nobody", "none"})


def nothing_links(act: Token) -> list[Token]:
    """The objects of a verb of tying a person to a deed that nothing ties: the verb itself,
    negated or with "nothing" or "no evidence" for its subject, or a participle on a noun
    that is none ("there was no evidence linking him", "had nothing connecting him")."""
    if act.lemma_.lower() in _LEGAL.tying_verbs:
        return _tied(act) if negated(act) or any(_none(c) for c in _subjects(act)) else []
    seen = seen_by_no_one(act)  # "no witness saw him take it": none who saw ties him to it
    if seen:
        return seen
    planted = planted_on(act)  # "the notes were planted on him": what ties him is not his
    if planted:
        return planted
    misused = marks_misused(act)  # "his signature had been copied": the mark is not his doing
    if misused:
        return misused
    act_negated = negated(act)
    nouns = [c for c in act.children if c.dep_ in ("attr", "dobj")]
    return [o for n in nouns if act_negated or _none(n)
            for v in n.children if v.dep_ == "acl" and v.tag_ == "VBG"
            and v.lemma_.lower() in _LEGAL.tying_verbs for o in _tied(v)]  # fmt: skip


def _tied(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj"]


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _none(noun: Token) -> bool:
    """ "nothing", "no evidence", "not a single witness"."""
    if noun.lower_ in _NONE or noun.lower_ == "no one":
        return True
    return any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in noun.children)
