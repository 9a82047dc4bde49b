"""Guilt itself refused: the answer of one accused told as guilt denied, or not owned.

Where a court takes no plea - the civil-law procedures of most of Europe and Latin America -
reports tell the accused's answer to the charge by his guilt rather than by a plea: "X denies
guilt", "X does not accept criminal guilt, his lawyer said", "X did not admit guilt", "X does
not feel guilty", "X does not consider himself guilty", "X has refused to admit guilt". The
deed is never named; the guilt is the whole accusation, so its refusal is a denial, as
"pleaded not guilty" is where a plea is entered. A plea itself refused ("X did not plead
guilty") says the same.

Read from the verb:

- a verb of denying ("deny") whose object is guilt (``own_guilt_nouns``: "denied any
  culpability") and which is not itself negated ("did not deny his guilt" concedes it);
- a verb of owning guilt (``guilt_owning_verbs``: admit, accept, feel, consider, plead ...)
  that is negated ("does not", "never") or is the infinitive of a verb of refusing not
  negated itself ("refused to admit guilt"; ``refused.negated_or_refused``, as a refused
  confession), with guilt as its object or "guilty" as its complement ("feel guilty", "plead
  guilty", "consider himself guilty" - where "guilty" has a subject, only a reflexive one:
  "does not consider the driver guilty" is a judgement of another).

Not guilt that is someone else's ("did not accept his brother's guilt": a named owner), not a
feeling "about" a thing ("does not feel guilty about leaving"), not "neither admitted nor
denied guilt" (no negation of its own on either verb). Who answers is the reader's
(``Answering._answerers``): the subject, the client of a lawyer who speaks, the one accused a
description stands for.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.refused import negated_or_refused
from corroborate.nlp.grammar import negated

__all__ = ["guilt_refused"]

# The complements by which "guilty" completes a verb of owning it ("feel guilty", "plead
# guilty", "consider himself guilty" - the last parsed as a small clause).
_GUILTY_SLOTS = frozenset({"acomp", "oprd", "ccomp", "xcomp", "advmod"})
# A feeling of guilt "about" or "over" a thing is no answer to a charge.
_FEELING_ABOUT = frozenset({"about", "over"})


def guilt_refused(verb: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb`` tells guilt denied or not owned: "denies guilt", "did not admit
    guilt", "does not feel guilty", "refused to admit guilt" (the module's docstring)."""
    lemma = verb.lemma_.lower()
    if lemma == "deny":
        return (
            not negated(verb)
            and not _neither_nor(verb)
            and any(_own_guilt(c, lex) for c in verb.children)
        )
    if lemma not in lex.guilt_owning_verbs or not negated_or_refused(verb, lex):
        return False
    return any(_own_guilt(c, lex) or _guilty_of_oneself(c, lex) for c in verb.children)


def _own_guilt(child: Token, lex: LegalLexicon) -> bool:
    """Guilt as the verb's object, the speaker's own or no one's named ("his guilt",
    "criminal guilt", "any guilt"), never a named other's ("his brother's guilt")."""
    if child.dep_ != "dobj" or child.lemma_.lower() not in lex.own_guilt_nouns:
        return False
    return not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in child.children)


def _guilty_of_oneself(child: Token, lex: LegalLexicon) -> bool:
    """ "guilty" completing the verb ("feel guilty", "plead guilty", "consider himself
    guilty"), with no subject but a reflexive and no "about" a thing."""
    if child.lower_ != "guilty" or child.dep_ not in _GUILTY_SLOTS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in _FEELING_ABOUT for c in child.children):
        return False
    subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
    return all(s.lower_ in lex.reflexive_pronouns for s in subjects)


def _neither_nor(verb: Token) -> bool:
    """ "X neither admitted nor denied guilt": the "nor" that joins "denied" to the verb
    before it takes the denial back as much as the admission."""
    head = verb.head if verb.dep_ == "conj" else verb
    return any(c.dep_ == "cc" and c.lower_ == "nor" for c in head.children)
