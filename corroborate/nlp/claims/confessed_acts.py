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
from corroborate.nlp.claims.accusable_roles import may_be_accused
from corroborate.nlp.grammar import negated
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["confessed_act"]

_REPORTING = kinds_lexicon().reporting_cues
# The dependencies by which a content clause hangs on its verb; by which a gerund content
# does ("admitted striking", "confessed to pouring": the object of its "to"); and by which a
# saying verb joins a confessing one ("admitted ..., but said he did so on Y's instructions").
_CONTENT_DEPS = frozenset({"ccomp"})
_GERUND_DEPS = frozenset({"xcomp", "pcomp"})
_GERUND_TAG = "VBG"
_JOINED_DEPS = frozenset({"conj"})


def _confessing(lemma: str, lex: LegalLexicon) -> bool:
    """Whether ``lemma`` is a verb of confessing or admitting (``confessing_verbs``, the two
    lists' union made once by the lexicon's loader)."""
    return lemma in lex.confessing_verbs


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
