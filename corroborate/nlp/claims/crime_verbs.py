"""A crime a verb tells (``Reader._read`` asks ``_crimes`` of every verb, last): a crime verb of
the lexicon (``crime_verbs``, by its lemma or its phrasal lemma) with its victims (the verb's
patients, unless the clause claims abuse of the one it names) and its doers (the agents who
can do a deed, the leaders of those who did it, those on whose orders it was done) - none where
the verb is read in an everyday sense ("shot a short film") or acts on its own subject ("X
shot himself"); "fire" where its words tell a gun fired (``shots_fired``: "X fired the
shots"); an act its own doer confesses, whatever its verb, accuses only those on whose
orders it was done (``confessed_acts``: "X admitted that he mixed the fuel on Y's
instructions"); and a death, whose one who died is its victim, unless it ends the case against the
dead ("X died ..., and the case against him abated": ``ended_by_death``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.acts import everyday_senses
from corroborate.nlp.audience import audience_setting
from corroborate.nlp.claims.accusable_roles import may_be_accused
from corroborate.nlp.claims.confessed_acts import confessed_act
from corroborate.nlp.claims.draft import Draft, Named, accusation_of, named_accused
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
        elif self._confessed(token) and not everyday_senses([token]):
            # "X confessed that he poured the kerosene on the orders of Y": an act its own
            # doer confesses is a wrong whatever its verb, and Y had it done (the confessor's
            # own part is his confession's)
            ordering = [n for n in self._instigators(token) if self._may_order(n)]
            out.extend(accusation_of(token, ordering))
        return out

    def _confessed(self, verb: Token) -> bool:
        """Whether ``verb`` is an act its own doer confesses (``confessed_act``): with a
        verb of confessing; admitted, said or told (only to those who hold him) by one the
        report accuses, as ``ToldCustodians`` reads a confession ("X told police he fitted
        the magnet")."""
        teller = confessed_act(verb, self.lex)
        if teller is None:
            return False
        lemma = teller.lemma_.lower()
        if lemma in self.lex.confess_verbs:
            return True  # "confessed that he ...": a confession whatever the act
        told = lemma in self.lex.informing_verbs
        if told and audience_setting(teller, "confession") not in ("custodial", "judicial"):
            return False
        # what one admits or tells is a wrong only where the report has made him accused
        # ("Police arrested X ... X admitted that he mixed the fuel"): anyone admits a
        # lawful act done on another's instructions
        tellers = self._agents(teller)
        if not tellers and teller.dep_ == "conj":  # "admitted ..., but said he did so"
            tellers = self._agents(teller.head)
        return any(named_accused(n.name, self.accused_so_far) for n in tellers)

    def _may_order(self, named: Named) -> bool:
        """Whether one on whose orders a confessed act was done is accused of it: not one
        described by a role the law never charges ("on the orders of the magistrate, X")."""
        span = self.doc.char_span(named.start, named.end, alignment_mode="expand")
        return span is None or not len(span) or may_be_accused(span.root, self.lex)
