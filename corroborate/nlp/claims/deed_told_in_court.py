"""A deed an accused tells a court he did: "X told the court that he had sent the emails at the
broker's request", "at the opening of the trial he told the court that he had drilled out the
barrel plugs", "the filler told the court that he had painted the old cylinders himself", "he
told Judicial Magistrate Y under Section 164 that he ground the tablets into the syrup". Court
reports count such an account as the accused's admission before the court (judicial), whatever
words tell the deed - the charge names the crime, the account what he did - so, as for the
account told to the police (``ToldCustodians``), no crime word is asked of the clause.

In court, unlike in custody, the accused mostly answers the charge, so the told clause must be
a deed of his own and nothing else (``_tells_deed``): each verb of it active and done, with a
thing it acts on ("had sent the emails"; not a stretch of time, "had spent three weeks in
hospital"); its subject the teller himself, a lone "he", "she"
or "I"; no negation, no "only" or "merely" ("he had only printed wedding cards": all there
was, a denial), no belief that it was lawful ("had inherited the wells and had believed they
were legal": ``believed_lawful``) nor a lawful deal ("had bought the beads from a licensed
dealer": ``dealt_lawfully``), no verb of looking on ("he had seen the robbery": what
another did), and nothing of a statement or a confession ("he had signed the statement after
a beating", "he had made no confession", "telling the court that he signed it" - a verb of
giving or repeating with a pronoun for the statement: the taking back, read by
``Retractions``; "told the court his confession was made at the police station":
``court_heard``). A state ("he had
been at home"), a passive ("he was slapped") or a feeling ("had been afraid") is no deed.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.told_deed import TELLERS_PRONOUNS, may_tell_a_deed

__all__ = ["DeedToldInCourt"]

# The dependents that tell a passive or a state: the clause then tells no deed done.
_PASSIVE = frozenset({"nsubjpass", "auxpass"})
# The entity types of an object that measures time rather than names a thing acted on.
_TIMES = frozenset({"DATE", "TIME"})


class DeedToldInCourt(Answers):
    """Whether what an accused told a court is a deed of his own (above)."""

    def _tells_deed(self, told: list[Token]) -> bool:
        """Whether every verb of the told clause (the clause and its conjuncts) tells a deed
        the teller did (the module's rules): the first with the teller's pronoun as its
        subject, the conjuncts sharing it or naming it again."""
        if not told or told[0].pos_ != "VERB":
            return False
        subjects = [c for c in told[0].children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].lower_ not in TELLERS_PRONOUNS:
            return False
        return all(self._deed(verb, subjects[0].lower_) for verb in told)

    def _deed(self, verb: Token, pronoun: str) -> bool:
        """One verb of the told clause: a done deed of the teller's, acting on a thing."""
        lex = self.lex
        if not may_tell_a_deed(verb, lex):
            return False  # "had bought the beads from a licensed dealer": an answer
        lemma = verb.lemma_.lower()
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lower_ != pronoun for s in subjects):
            return False  # "... and that the police had written it": another's deed
        for child in verb.children:
            if child.dep_ in _PASSIVE or child.dep_ == "neg":
                return False
            if child.dep_ == "advmod" and child.lower_ in lex.restrictive_adverbs:
                return False  # "he had only checked admit cards"
        # a thing acted on, not a stretch of time ("he had spent three weeks in hospital")
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ not in _TIMES]
        if not objects:
            return False
        if lemma in lex.confession_givers | lex.repeating_verbs and any(
            o.pos_ == "PRON" for o in objects
        ):
            return False  # "telling the court that he signed it": the statement again
        # "he had signed the statement", "he had made no confession": the statement's word
        return not any(
            t.lemma_.lower() in lex.signed_papers or t.lower_ in ("no", "nothing")
            for o in objects
            for t in o.subtree
        )
