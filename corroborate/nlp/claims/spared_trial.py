"""A trial denied or a charge still to come: "X will not face trial", "X never faced a
court", "X was not tried either", "X has not been charged yet". The trial and the charge are
steps after the accusation, which they presuppose: one spared a trial, or waiting for a
charge, was accused. ``_not_done`` drops the negated step itself ("Neither X nor Y has been
charged" makes no claim); this reads back the accusation it leaves, with no outcome. The
negation of the accusation itself ("X was not charged", "X was not named in the FIR", "X is
not a suspect") still tells no one accused.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.court_appearance import names_a_court
from corroborate.nlp.claims.draft import Draft, accusation_of
from corroborate.nlp.claims.facing import Facing
from corroborate.nlp.claims.not_done import NotDone

__all__ = ["SparedTrial"]

# The facing verbs whose trial stands after "on", not as object ("is on trial"): left out.
_ON_ONLY = frozenset({"be", "go"})


class SparedTrial(NotDone, Facing):
    """The accused a negated trial or a charge still to come leaves (``_spared_trial``)."""

    def _spared_trial(self, verb: Token, lemma: str) -> list[Draft]:
        """ "X will not face trial", "X never faced a court", "X was not tried either", "X
        has not been charged yet": a trial denied or a charge still to come - a step after
        the accusation, which it presupposes - keeps its subject accused, with no outcome
        (``_not_done`` has dropped the step itself). Only a plain negation ("not", "never")
        of a facing verb whose object is a trial or a court (``tried_nouns``; "X is not
        facing charges" denies the accusation itself), of "try" in the
        passive, or of a charge verb waiting "yet"; not a negative subject ("Neither X nor Y
        has been charged", "No one was tried"), a charge simply negated ("X was not
        charged", "X was not named in the FIR": cleared or never suspected), nor what only
        may be ("could not face trial") or is conditional."""
        lex = self.lex
        if not any(c.dep_ == "neg" for c in verb.children) or self._negative_subject(verb):
            return []
        if any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in verb.children):
            return []
        if any(c.dep_ == "aux" and c.lower_ in lex.modal_auxiliaries - {"will"}
               for c in verb.children):  # fmt: skip
            return []  # "could not face trial": only possible; "will not": decided
        if lemma in lex.facing_verbs and lemma not in _ON_ONLY and not self._infinitive(verb):
            # a trial or a court, never charges: "X is not facing charges" clears X of the
            # accusation itself
            tried = lex.tried_nouns
            nouns = [c for c in verb.children if c.dep_ == "dobj"]
            if not any(n.lemma_.lower() in tried or names_a_court(n) for n in nouns):
                return []
            people = self._agents(verb)
        elif lemma == "try" and self._passive(verb):
            people = self._patients(verb)  # "was not tried": "tried to flee" is no passive
        elif lemma in lex.charge_verbs and any(c.lower_ == "yet" for c in verb.children):
            people = self._patients(verb) if self._passive(verb) else []
        else:
            return []
        people = [n for n in self._not_places(people) if self._is_person(n)]
        return accusation_of(verb, people)
