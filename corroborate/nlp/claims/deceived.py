"""The accused told as the one fooled or used by others rather than as a doer (den86): "his son
had been told he was working for a courier business", "her husband had been told he was
carrying milk for a wedding", "his mother had been used by the men", "he was duped by the
agent". No word of it denies, yet said by the accused's side it answers the charge as "was
framed" does: the deed, if done, was done by one who did not know what it was, at others'
bidding. Counted on the open sets' missed denials of India, Bangladesh and Nepal, where a
relative's word to the press often tells the accused so (two told a cover story, Nepal and
India; two used by others, Nepal and India).

Read from the parse (``deceived``), a passive clause, not negated:

- a verb of telling (the lexicon's ``informing_verbs``) whose reported clause tells, in the
  past progressive, what its subject - a personal pronoun, the one told - was doing: "had been
  told he was carrying milk" (the account given him of his own work). Not an order ("had
  been told to level a path"), not a clause that is itself passive ("he was told he was being
  charged", "was told he was under arrest": no verb of doing), negated or a crime ("was told
  he was smuggling"), and not a verb of telling negated: "he had never been told about the
  brakes" is knowledge denied (``claims.no_part``);
- a verb of being fooled or used (the lexicon's ``deceived_verbs``) whose subject is a person
  - a pronoun, a name, or a noun for one (a relative, a client, an accused) - not a thing
  ("the van was used by the gang" tells the van's use); "use" (the lexicon's
  ``exploited_verbs``) only with who used him ("by the men") or his not knowing it ("used
  without his knowledge"), since "he used to" and "was used to the work" say other things.

As with every denial reading, the clause clears its subject only where the accused's side
says it of one the report accuses already (``Answers._denied_in_content``): the complainant
who "had been told he was buying a new car" is cleared of nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import has_agent, negated
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["deceived"]

_LEGAL = legal()
_PERSON_NOUNS = frozenset(_LEGAL.role_nouns) | _LEGAL.client_nouns | _LEGAL.accused_nouns


def deceived(act: Token) -> bool:
    """Whether ``act`` tells its subject fooled or used by others (above)."""
    if negated(act) or not any(c.dep_ in ("auxpass", "nsubjpass") for c in act.children):
        return False
    lemma = act.lemma_.lower()
    if lemma in _LEGAL.informing_verbs:
        return any(c.dep_ == "ccomp" and _own_doing(c) for c in act.children)
    if lemma not in _LEGAL.deceived_verbs:
        return False
    subjects = [c for c in act.children if c.dep_ == "nsubjpass"]
    if not subjects or not all(_a_person(s) for s in subjects):
        return False
    return lemma not in _LEGAL.exploited_verbs or has_agent(act) or _without_knowing(act)


def _own_doing(clause: Token) -> bool:
    """ "he was carrying milk for a wedding": a past progressive, active, not negated, not a
    crime, whose subject is a personal pronoun."""
    if clause.tag_ != "VBG" or negated(clause) or clause.lemma_.lower() in _LEGAL.crime_verbs:
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in clause.children):
        return False
    if any(c.dep_ == "auxpass" for c in clause.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in PERSONAL_PRONOUNS for c in clause.children)


def _a_person(noun: Token) -> bool:
    if noun.lower_ in PERSONAL_PRONOUNS or noun.pos_ == "PROPN":
        return True
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _PERSON_NOUNS


def _without_knowing(act: Token) -> bool:
    """ "used without his knowledge": a "without" phrase whose object is knowledge."""
    return any(
        p.dep_ == "prep" and p.lower_ == "without"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _LEGAL.ignorance_nouns
                for o in p.children)
        for p in act.children
    )  # fmt: skip
