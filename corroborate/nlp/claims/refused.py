"""A confession its teller refuses or never gives: "X refused to make a statement to the
police", "X did not make any statement", "X declined to give a statement", "X would not
confess", "X never signed a statement". The readers that make a confession of a statement
noun or a verb of confessing are many; this is the one test they all pass through
(``Reader.run`` drops such drafts before they become claims), read from the verb that gives
the confession:

- the cue itself when it is a verb ("declined to confess", "did not admit");
- for a statement or confession noun, the verb that gives it (``confession_givers``: "make",
  "give", "sign" ...) whose object it is, or which takes it down in the passive ("no statement
  was recorded": ``recording_verbs`` too).

That verb is refused when it is negated ("did not", "never", "would not": ``negated``) or is
the infinitive a verb of refusing takes ("refused to make", "declined to give":
``refusal_verbs``) whose own clause is not negated ("did not refuse to confess" confesses).
Not a negation above the giving verb ("did not deny that he had confessed", "did not hesitate
to confess"), not a verb that takes a confession back ("refused to withdraw his confession",
"never retracted the statement he gave" - the statement was given), nor a refusal of something
else beside the confession ("X, who had refused food, confessed").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.confessed_nothing import confessed_nothing
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.grammar import NOUN_SUBJECTS, negated

__all__ = ["negated_or_refused", "refused_confession"]

# What makes a coordinated verb a clause of its own, not a second infinitive of the first's.
_OWN_CLAUSE = NOUN_SUBJECTS | {"aux", "auxpass", "neg"}


def refused_confession(draft: Draft, lex: LegalLexicon) -> bool:
    """Whether ``draft`` is a confession whose giving verb is negated or refused. A confession
    told by its retraction (``taken_back``) is told as given, whatever refuses it."""
    if draft.kind != "confession" or draft.taken_back is not None:
        return False
    giving = _giving_verb(draft.cue, lex)
    if giving is None:
        return False
    # "he had confessed to nothing": no "not", and no confession all the same
    nothing = confessed_nothing(giving, lex)
    return nothing or _refused(giving, lex)


def _giving_verb(cue: Token, lex: LegalLexicon) -> Token | None:
    """The verb that gives the confession at ``cue``: the cue when it is a verb, the verb of
    giving a statement noun is the object (or passive subject) of; None for any other noun
    ("the statement he gave": the noun's own clause does not give it by its head)."""
    if cue.pos_ in ("VERB", "AUX"):
        return cue
    head = cue.head
    if head.i == cue.i or head.pos_ not in ("VERB", "AUX"):
        return None
    lemma = head.lemma_.lower()
    if cue.dep_ == "dobj" and lemma in lex.confession_givers:
        return head
    if cue.dep_ == "nsubjpass" and lemma in lex.statement_givers:
        return head
    return None


def _refused(verb: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb``, or the first verb of a coordination of bare infinitives it is in
    ("refused to make or sign a statement", "would not make or sign one"), is negated or the
    infinitive of an unnegated verb of refusing. A verb with a tense, a subject or an auxiliary
    of its own is a clause of its own ("did not resist and confessed": confessed)."""
    while (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and verb.head.tag_ == "VB"
        and not any(c.dep_ in _OWN_CLAUSE for c in verb.children)
    ):
        verb = verb.head
    return negated_or_refused(verb, lex)


def negated_or_refused(verb: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb`` is negated ("did not", "never", "would not") or is the infinitive of
    a verb of refusing that is not negated itself ("refused to make"; "did not refuse to
    confess" gives it): what refuses a confession here, and guilt (``guilt_refused``)."""
    if negated(verb):
        return True
    governor = verb.head
    return (
        verb.dep_ == "xcomp"
        and governor.i != verb.i
        and governor.lemma_.lower() in lex.refusal_verbs
        and not negated(governor)
    )
