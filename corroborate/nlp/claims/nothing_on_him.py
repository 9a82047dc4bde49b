"""A denial told as a submission of what the charge lacks against the accused: "nothing was
recovered from the possession of the applicant", "no weapon was recovered from him", "no
stolen animal was found on his land", "he was not named in the FIR", "there was no evidence
against him", "there was no evidence that X had received any money". No verb of denying is
used and no crime verb is negated: what is negated is what would tie the accused to the
charge - a recovery from him, his name in its first document, evidence against him.

Like an alibi these clear only one the report accuses already, and only when the accused's
side says them (``Answers._denied_in_content``'s speaker rules): the prosecutor's "the
notes were recovered from him", the complainant's counsel, and the court's own "there was no
evidence against him" (a finding, which rules) are no denial. A point of law alone ("the
delay in lodging the FIR") names no one and clears no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import negated

__all__ = ["no_evidence_against", "not_named_in_the_case", "nothing_recovered_from"]

_LEGAL = legal()
_NONE = frozenset({"nothing", "none"})


def nothing_recovered_from(act: Token) -> list[Token]:
    """Those a verb of recovering says nothing was recovered from: its "from" or "on" object,
    or the owner of what it names ("from his possession", "from the possession of the
    applicant", "on his land"); the verb negated or its passive subject none ("nothing",
    "no weapon")."""
    if act.lemma_.lower() not in _LEGAL.recovery_verbs:
        return []
    subjects = [c for c in act.children if c.dep_ == "nsubjpass"]
    if not subjects or not (negated(act) or any(_none(s) for s in subjects)):
        return []
    return [h for p in act.children if p.dep_ == "prep" and p.lower_ in ("from", "on")
            for o in p.children if o.dep_ == "pobj" for h in _holders(o)]  # fmt: skip


def not_named_in_the_case(act: Token) -> bool:
    """Whether a passive verb of naming is negated with "in" a charge's document ("he was not
    named in the FIR", "was not nominated in the complaint"); its subject is the one."""
    if act.lemma_.lower() not in _LEGAL.naming_verbs or not negated(act):
        return False
    if not any(c.dep_ == "nsubjpass" for c in act.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "in" and o.lemma_.lower() in _LEGAL.charge_nouns
               for p in act.children for o in p.children if o.dep_ == "pobj")  # fmt: skip


def no_evidence_against(act: Token) -> list[Token]:
    """Those there is said to be no evidence against ("there was no evidence against him",
    "police have no evidence against my client") or that they did the thing told ("no
    evidence that X had received any money", "the prosecution had shown no evidence that his
    client knew ...")."""
    nouns = [c for c in act.children if c.dep_ in ("attr", "dobj")
             and c.lemma_.lower() in _LEGAL.cause_nouns and _none(c)]  # fmt: skip
    against = [o for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "against"
               for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    that = [s for n in nouns for v in n.children if v.dep_ in ("acl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in v.children)
            for s in v.children if s.dep_ == "nsubj"]  # fmt: skip
    return against + that


def _none(noun: Token) -> bool:
    """ "nothing", "no weapon", "no evidence"."""
    if noun.lower_ in _NONE:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _holders(noun: Token) -> list[Token]:
    """The person a thing was recovered from: the owner of a holding noun ("his possession",
    "the possession of the applicant", "his client's person"), else the object itself."""
    if noun.lemma_.lower() not in _LEGAL.holding_nouns:
        return [noun]
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return owners
