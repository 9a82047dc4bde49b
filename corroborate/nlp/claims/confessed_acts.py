"""An act its own doer tells as his: the verb of a clause that a confessing or admitting verb
(``confess_verbs``, ``admission_verbs``) takes as its content, whose subject is the one who
confesses ("X confessed that he poured the kerosene", "X admitted that he had mixed the
fuel"), its gerund ("X admitted striking the man", "X confessed to pouring the pesticide"),
the content of a saying verb joined to such a verb ("X admitted ..., but said he did so"),
or of a telling (``informing_verbs``: "X told police he fitted the magnet"), which the reader
takes as a confession only where its audience holds him and the report accuses him
(``CrimeVerbs._crimes``, as ``ToldCustodians`` does). The act need not be a crime verb:
that its doer confesses it is what makes it a wrong, so whoever it was done on the orders of
is accused of it.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.grammar import negated
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["confessed_act", "may_be_accused"]

_REPORTING = kinds_lexicon().reporting_cues
# The dependencies by which a content clause hangs on its verb; by which a gerund content
# does ("admitted striking", "confessed to pouring": the object of its "to"); and by which a
# saying verb joins a confessing one ("admitted ..., but said he did so on Y's instructions").
_CONTENT_DEPS = frozenset({"ccomp"})
_GERUND_DEPS = frozenset({"xcomp", "pcomp"})
_GERUND_TAG = "VBG"
_JOINED_DEPS = frozenset({"conj"})
# The links by which a noun describes the name it goes with: "the judge, X" (X apposed to
# the noun), "X, the judge" (the noun apposed to X), "Judge X" (a compound title).
_DESCRIBING_DEPS = frozenset({"appos", "compound"})
_INVESTIGATOR = "investigator"


def may_be_accused(word: Token, lex: LegalLexicon, confessing: bool = False) -> bool:
    """Whether a word of a name or its head noun is described by no role the law never
    charges in a case (``LegalLexicon.may_be_charged``): "the magistrate, X", "X, the
    victim", "his lawyer X" neither confess nor give an order that accuses them. One who
    confesses is besides no investigator: "the investigating officer admitted that he
    searched the house on the SP's orders" is a witness's answer at trial, no wrong."""
    nouns = [word, *(c for c in word.children if c.dep_ in _DESCRIBING_DEPS)]
    if word.dep_ == "appos":
        nouns.append(word.head)
    if confessing and any(lex.role_nouns.get(n.lemma_.lower()) == _INVESTIGATOR for n in nouns):
        return False
    return all(lex.may_be_charged(n.lemma_.lower()) for n in nouns)


def _confessing(lemma: str, lex: LegalLexicon) -> bool:
    """Whether ``lemma`` is a verb of confessing or admitting. Asked of the two lists in turn,
    not of their union: ``CrimeVerbs`` asks it of every verb that heads a content clause or a
    gerund, and a union would be a new set each time."""
    return lemma in lex.confess_verbs or lemma in lex.admission_verbs


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _teller(verb: Token) -> Token | None:
    """The verb whose content ``verb`` is: a content clause's head, a gerund's (through the
    preposition it is the object of)."""
    if verb.dep_ in _CONTENT_DEPS:
        return verb.head
    if verb.dep_ in _GERUND_DEPS and verb.tag_ == _GERUND_TAG:
        head = verb.head
        return head.head if verb.dep_ == "pcomp" else head
    return None


def confessed_act(verb: Token, lex: LegalLexicon) -> Token | None:
    """The verb by which ``verb``'s doer tells it as his own act (see the module's words),
    or None: the doer is the teller himself (a gerund's, the same subject) or a personal
    pronoun (his own "he"), never another's act he tells of, nor one told negated."""
    teller = _teller(verb)
    if teller is None:
        return None
    lemma = teller.lemma_.lower()
    joined = teller.dep_ in _JOINED_DEPS and _confessing(teller.head.lemma_.lower(), lex)
    if not (
        _confessing(lemma, lex)
        or (joined and lemma in _REPORTING)
        or (lemma in lex.informing_verbs and verb.dep_ in _CONTENT_DEPS)
    ):
        return None
    # "X never admitted that he opened the gate": nothing confessed
    if negated(verb) or negated(teller):
        return None
    doer, confessor = _subject(verb), _subject(teller)
    if confessor is not None and not may_be_accused(confessor, lex, confessing=True):
        return None  # "the victim, X, admitted that he opened the door": no wrong of his
    if doer is None:
        return teller if verb.dep_ in _GERUND_DEPS else None
    if doer.lower_ in PERSONAL_PRONOUNS or (confessor is not None and doer.i == confessor.i):
        return teller
    return None
