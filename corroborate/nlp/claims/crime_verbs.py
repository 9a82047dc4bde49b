"""A crime a verb tells (``Reader._read`` asks ``_crimes`` of every verb, last): a crime verb of
the lexicon (``crime_verbs``, by its lemma or its phrasal lemma) with its victims (the verb's
patients, unless the clause claims abuse of the one it names) and its doers (the agents who
can do a deed, the leaders of those who did it, those on whose orders it was done) - none where
the verb is read in an everyday sense ("shot a short film") or acts on its own subject ("X
shot himself"); "fire" where its words tell a gun fired (``shots_fired``: "X fired the
shots"); and a death, whose one who died is its victim, unless it ends the case against the
dead ("X died ..., and the case against him abated": ``ended_by_death``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.acts import everyday_senses
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.ended_by_death import ends_his_case
from corroborate.nlp.claims.shots_fired import tells_shots_fired
from corroborate.nlp.claims.verbs import Verbs

__all__ = ["CrimeVerbs"]


class CrimeVerbs(Verbs):
    """The crime a verb tells, as a draft of kind ``crime``."""

    def _crimes(self, token: Token, lemma: str, phrasal: str) -> list[Draft]:
        """The crime draft of ``token`` (its lemma, and its phrasal lemma), or none."""
        lex = self.lex
        out: list[Draft] = []
        # "X died ..., and the case against him abated": no crime, X the accused
        died = lemma == "die" and not ends_his_case(token, lex)
        # "X fired the shots", "fired at the guard": a shooting (``shots_fired``)
        shooting = tells_shots_fired(token, lex)
        if lemma in lex.crime_verbs or phrasal in lex.crime_verbs or died or shooting:
            draft = Draft("crime", token)
            if lemma == "die":
                draft.add(self._agents(token), "victim")
            else:
                if not self._abuse_claimed(token):
                    draft.add(self._patients(token), "victim")
                # "shot a short film": acting on a thing, the verb tells no crime and no doer;
                # "X shot himself": no one else did it
                everyday = bool(everyday_senses([token]))
                acts_on_itself = self.acts_on_itself(token)
                agents = [] if everyday or acts_on_itself else self._agents(token)
                agents = [a for a in agents if self.can_do(a)]
                draft.add(agents, "accused")
                leaders = [] if everyday else self._leaders(token)  # "gunmen led by X attacked"
                draft.add(leaders, "accused")
                # "killed on the orders of X", "X hired Y to kill Z"
                draft.add([] if everyday else self._instigators(token), "accused")
            out.append(draft)
        return out
